// Byte-level codecs and searches behind internalBinding('buffer'): base64,
// base64url, hex, latin1-to-UTF-8 and the bounded byte searches. They know
// nothing of V8, so they are easy to test on their own.
#ifndef VIGIL_RUNTIME_BUFFER_CODECS_H_
#define VIGIL_RUNTIME_BUFFER_CODECS_H_

#include <cstddef>
#include <cstdint>

namespace vigil::runtime::codecs {

// Length of the base64 text for `n` bytes, with or without '=' padding.
size_t Base64EncodedSize(size_t n, bool pad);
// Writes the base64 (or base64url, unpadded) text of src into dst, which
// holds Base64EncodedSize(n, !url) bytes. Returns the characters written.
size_t Base64Encode(const uint8_t* src, size_t n, char* dst, bool url);

// An upper bound of the bytes that `len` characters of base64 decode to,
// counting away trailing '=' like node does.
template <typename Char>
size_t Base64DecodedSize(const Char* src, size_t len);

// Decodes base64 or base64url (both alphabets are accepted) as node does:
// characters outside the alphabet are skipped, '=' ends the data, and at
// most `capacity` bytes are written. Returns the bytes written.
template <typename Char>
size_t Base64Decode(uint8_t* dst, size_t capacity, const Char* src,
                    size_t len);

// Writes two lowercase hex digits per byte. dst holds 2 * n characters.
void HexEncode(const uint8_t* src, size_t n, char* dst);
// Decodes pairs of hex digits until the first invalid pair, the end of the
// input or `capacity` bytes. Returns the bytes written.
template <typename Char>
size_t HexDecode(uint8_t* dst, size_t capacity, const Char* src, size_t len);

// Index of the first byte >= 0x80 in [data, data + n), or n.
size_t FirstNonAscii(const uint8_t* data, size_t n);
// True if data is well-formed UTF-8 (no overlongs, surrogates or values
// above U+10FFFF).
bool IsValidUtf8(const uint8_t* data, size_t n);

// Encodes latin1 text as UTF-8 into dst without splitting a character at
// the end; returns the bytes written and stores the characters consumed.
size_t Latin1ToUtf8(const uint8_t* src, size_t n, uint8_t* dst,
                    size_t capacity, size_t* consumed);

// Decodes UTF-8 as the WHATWG decoder (and V8) does: every maximal invalid
// subsequence becomes one U+FFFD. dst holds n units. Returns the units
// written and stores the largest unit in *max_unit.
size_t Utf8ToUtf16(const uint8_t* src, size_t n, uint16_t* dst,
                   uint16_t* max_unit);

// Encodes UTF-16 as UTF-8, a lone surrogate becoming U+FFFD, without
// splitting a character at the end of dst. Returns the bytes written and
// stores the units consumed.
size_t Utf16ToUtf8(const uint16_t* src, size_t n, uint8_t* dst,
                   size_t capacity, size_t* consumed);

// Finds needle in haystack at positions that are multiples of `step` (1
// for bytes, 2 for UTF-16 units). Forward: the first match at or after
// `start`; backward: the last match at or before `start`. -1 if none.
int64_t SearchBytes(const uint8_t* haystack, size_t haystack_len,
                    const uint8_t* needle, size_t needle_len, size_t start,
                    bool forward, size_t step);

}  // namespace vigil::runtime::codecs

#endif  // VIGIL_RUNTIME_BUFFER_CODECS_H_
