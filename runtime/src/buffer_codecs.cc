// Byte-level codecs for Buffer. The base64 decoder reproduces node's
// lenient behaviour exactly (which characters are skipped, where decoding
// stops, how many bytes come out), because scripts depend on it.
#include "buffer_codecs.h"

#include <string.h>

#include <immintrin.h>

#include <algorithm>
#include <array>

namespace vigil::runtime::codecs {
namespace {

constexpr char kBase64Chars[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr char kBase64UrlChars[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
constexpr char kHexDigits[] = "0123456789abcdef";

// Maps every byte to its 6-bit value in either base64 alphabet; 0xff marks
// a character that is not part of the data.
constexpr std::array<uint8_t, 256> MakeUnbase64() {
  std::array<uint8_t, 256> t{};
  for (auto& v : t) v = 0xff;
  for (int i = 0; i < 64; i++) {
    t[static_cast<uint8_t>(kBase64Chars[i])] = static_cast<uint8_t>(i);
    t[static_cast<uint8_t>(kBase64UrlChars[i])] = static_cast<uint8_t>(i);
  }
  return t;
}
constexpr std::array<uint8_t, 256> kUnbase64 = MakeUnbase64();

constexpr std::array<uint8_t, 256> MakeUnhex() {
  std::array<uint8_t, 256> t{};
  for (auto& v : t) v = 0xff;
  for (int i = 0; i < 10; i++) t['0' + i] = static_cast<uint8_t>(i);
  for (int i = 0; i < 6; i++) {
    t['a' + i] = static_cast<uint8_t>(10 + i);
    t['A' + i] = static_cast<uint8_t>(10 + i);
  }
  return t;
}
constexpr std::array<uint8_t, 256> kUnhex = MakeUnhex();

// Pairs of output characters for every 12-bit input value, so that the
// encoder does two table loads per three bytes instead of four.
struct PairTable {
  uint16_t pairs[4096];
};
PairTable MakePairs(const char* alphabet) {
  PairTable t;
  for (int i = 0; i < 4096; i++) {
    char two[2] = {alphabet[i >> 6], alphabet[i & 63]};
    memcpy(&t.pairs[i], two, 2);
  }
  return t;
}
const PairTable& Pairs(bool url) {
  static const PairTable std_pairs = MakePairs(kBase64Chars);
  static const PairTable url_pairs = MakePairs(kBase64UrlChars);
  return url ? url_pairs : std_pairs;
}

struct HexTable {
  uint16_t pairs[256];
};
const HexTable& HexPairs() {
  static const HexTable table = [] {
    HexTable t;
    for (int i = 0; i < 256; i++) {
      char two[2] = {kHexDigits[i >> 4], kHexDigits[i & 15]};
      memcpy(&t.pairs[i], two, 2);
    }
    return t;
  }();
  return table;
}

// Two-byte strings are decoded through the low byte of each unit, as node
// does; a character like U+0161 therefore reads as 'a'.
template <typename Char>
inline uint8_t Low(Char c) {
  return static_cast<uint8_t>(c);
}

// Decodes one group of up to four significant characters starting at *i,
// skipping characters outside the alphabet. Returns false when decoding
// must stop: at '=', at the end of the input, or when dst is full.
template <typename Char>
bool DecodeGroupSlow(uint8_t* dst, size_t capacity, const Char* src,
                     size_t len, size_t* i, size_t* k) {
  uint8_t prev = 0;
  for (int slot = 0; slot < 4; slot++) {
    uint8_t value;
    for (;;) {
      const uint8_t c = Low(src[*i]);
      value = kUnbase64[c];
      *i += 1;
      if (value < 64) break;
      if (c == '=' || *i >= len) return false;
    }
    switch (slot) {
      case 1:
        dst[(*k)++] = static_cast<uint8_t>(((prev & 0x3f) << 2) |
                                           ((value & 0x30) >> 4));
        break;
      case 2:
        dst[(*k)++] = static_cast<uint8_t>(((prev & 0x0f) << 4) |
                                           ((value & 0x3c) >> 2));
        break;
      case 3:
        dst[(*k)++] = static_cast<uint8_t>(((prev & 0x03) << 6) | value);
        break;
      default:
        break;
    }
    if (*i >= len || *k >= capacity) return false;
    prev = value;
  }
  return true;
}


// ---- AVX-512 VBMI base64 (used when the CPU has it). ----
//
// Three input bytes a, b, c become the 6-bit indices a>>2, (a&3)<<4|b>>4,
// (b&15)<<2|c>>6 and c&63. The encoder rearranges each 3 bytes into a
// 32-bit lane [b, a, c, b], whose 16-bit halves are (a,b) and (b,c) as
// big-endian numbers; one multishift then extracts the four 6-bit fields
// and one byte permutation maps them to characters. The decoder does the
// reverse with two multiply-adds and a permutation.

#define VIGIL_VBMI __attribute__((target("avx512f,avx512bw,avx512vbmi")))
// GCC's intrinsic headers start some results from _mm512_undefined_*().
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

bool HasVbmi() {
  static const bool has = __builtin_cpu_supports("avx512f") &&
                          __builtin_cpu_supports("avx512bw") &&
                          __builtin_cpu_supports("avx512vbmi");
  return has;
}

VIGIL_VBMI size_t EncodeVbmi(const uint8_t* src, size_t n, char* dst,
                             const char* alphabet) {
  const __m512i shuffle = _mm512_setr_epi32(
      0x01020001, 0x04050304, 0x07080607, 0x0a0b090a, 0x0d0e0c0d, 0x10110f10,
      0x13141213, 0x16171516, 0x191a1819, 0x1c1d1b1c, 0x1f201e1f, 0x22232122,
      0x25262425, 0x28292728, 0x2b2c2a2b, 0x2e2f2d2e);
  const __m512i shifts = _mm512_set1_epi64(0x3036242a1016040a);
  const __m512i lookup = _mm512_loadu_si512(alphabet);
  const __mmask64 first48 = 0xffffffffffffULL;
  size_t i = 0;
  for (; i + 48 <= n; i += 48) {
    const __m512i in = _mm512_maskz_loadu_epi8(first48, src + i);
    const __m512i lanes = _mm512_permutexvar_epi8(shuffle, in);
    const __m512i indices = _mm512_multishift_epi64_epi8(shifts, lanes);
    _mm512_storeu_si512(dst, _mm512_permutexvar_epi8(indices, lookup));
    dst += 64;
  }
  return i;
}

// Both alphabets decode; anything else (including '=' and bytes >= 0x80)
// maps to 0x80 so that the block is handed to the scalar decoder.
struct DecodeTables {
  alignas(64) uint8_t low[64];
  alignas(64) uint8_t high[64];
};
const DecodeTables& VbmiTables() {
  static const DecodeTables tables = [] {
    DecodeTables t;
    for (int c = 0; c < 64; c++) {
      t.low[c] = kUnbase64[c] < 64 ? kUnbase64[c] : 0x80;
      t.high[c] = kUnbase64[c + 64] < 64 ? kUnbase64[c + 64] : 0x80;
    }
    return t;
  }();
  return tables;
}

// Decodes blocks of 64 alphabet characters into 48 bytes each while the
// block fits under both limits, stopping at the first block that holds any
// other character (which the scalar decoder then handles).
VIGIL_VBMI void DecodeRunVbmi(const uint8_t* src, uint8_t* dst, size_t* i,
                              size_t* k, size_t max_i, size_t max_k) {
  const DecodeTables& t = VbmiTables();
  const __m512i low = _mm512_load_si512(t.low);
  const __m512i high = _mm512_load_si512(t.high);
  const __m512i pair_weights = _mm512_set1_epi32(0x01400140);
  const __m512i triple_weights = _mm512_set1_epi32(0x00011000);
  // Each 32-bit lane ends up holding c | b << 8 | a << 16; kPack gathers
  // a, b, c of every lane into 48 consecutive bytes.
  alignas(64) static const uint8_t kPack[64] = {
      2,  1,  0,  6,  5,  4,  10, 9,  8,  14, 13, 12, 18, 17, 16, 22,
      21, 20, 26, 25, 24, 30, 29, 28, 34, 33, 32, 38, 37, 36, 42, 41,
      40, 46, 45, 44, 50, 49, 48, 54, 53, 52, 58, 57, 56, 62, 61, 60,
      0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0};
  const __m512i pack = _mm512_load_si512(kPack);
  // Four blocks make 192 bytes, which three full 64-byte stores write more
  // cheaply than four masked ones; kJoin* splice the 48-byte results.
  alignas(64) static const uint8_t kJoin[3][64] = {
      {0,  1,  2,  3,  4,  5,  6,  7,  8,  9,  10, 11, 12, 13, 14, 15,
       16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31,
       32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,
       64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79},
      {16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31,
       32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,
       64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79,
       80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95},
      {32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,
       64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79,
       80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,
       96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109,
       110, 111}};
  const __m512i join0 = _mm512_load_si512(kJoin[0]);
  const __m512i join1 = _mm512_load_si512(kJoin[1]);
  const __m512i join2 = _mm512_load_si512(kJoin[2]);
#define VIGIL_PACK(values)                                            \
  _mm512_permutexvar_epi8(                                            \
      pack, _mm512_madd_epi16(_mm512_maddubs_epi16(values, pair_weights), \
                              triple_weights))
  size_t in = *i;
  size_t out = *k;
  while (in + 256 <= max_i && out + 192 <= max_k) {
    const __m512i c0 = _mm512_loadu_si512(src + in);
    const __m512i c1 = _mm512_loadu_si512(src + in + 64);
    const __m512i c2 = _mm512_loadu_si512(src + in + 128);
    const __m512i c3 = _mm512_loadu_si512(src + in + 192);
    const __m512i v0 = _mm512_permutex2var_epi8(low, c0, high);
    const __m512i v1 = _mm512_permutex2var_epi8(low, c1, high);
    const __m512i v2 = _mm512_permutex2var_epi8(low, c2, high);
    const __m512i v3 = _mm512_permutex2var_epi8(low, c3, high);
    const __m512i any = _mm512_or_si512(
        _mm512_or_si512(_mm512_or_si512(v0, c0), _mm512_or_si512(v1, c1)),
        _mm512_or_si512(_mm512_or_si512(v2, c2), _mm512_or_si512(v3, c3)));
    if (_mm512_movepi8_mask(any) != 0) break;
    const __m512i p0 = VIGIL_PACK(v0);
    const __m512i p1 = VIGIL_PACK(v1);
    const __m512i p2 = VIGIL_PACK(v2);
    const __m512i p3 = VIGIL_PACK(v3);
    _mm512_storeu_si512(dst + out, _mm512_permutex2var_epi8(p0, join0, p1));
    _mm512_storeu_si512(dst + out + 64,
                        _mm512_permutex2var_epi8(p1, join1, p2));
    _mm512_storeu_si512(dst + out + 128,
                        _mm512_permutex2var_epi8(p2, join2, p3));
    in += 256;
    out += 192;
  }
#undef VIGIL_PACK
  while (in + 64 <= max_i && out + 48 <= max_k) {
    const __m512i chars = _mm512_loadu_si512(src + in);
    const __m512i values = _mm512_permutex2var_epi8(low, chars, high);
    if (_mm512_movepi8_mask(_mm512_or_si512(values, chars)) != 0) break;
    const __m512i pairs = _mm512_maddubs_epi16(values, pair_weights);
    const __m512i triples = _mm512_madd_epi16(pairs, triple_weights);
    _mm512_mask_storeu_epi8(dst + out, 0xffffffffffffULL,
                            _mm512_permutexvar_epi8(pack, triples));
    in += 64;
    out += 48;
  }
  *i = in;
  *k = out;
}

// Decodes 64 hex digits into 32 bytes per round, starting at output byte
// *i, while whole blocks are valid and below `bulk` bytes.
VIGIL_VBMI void HexDecodeRunVbmi(const uint8_t* src, uint8_t* dst, size_t* i,
                                 size_t bulk) {
  static const DecodeTables tables = [] {
    DecodeTables t;
    for (int c = 0; c < 64; c++) {
      t.low[c] = kUnhex[c] < 16 ? kUnhex[c] : 0x80;
      t.high[c] = kUnhex[c + 64] < 16 ? kUnhex[c + 64] : 0x80;
    }
    return t;
  }();
  const __m512i low = _mm512_load_si512(tables.low);
  const __m512i high = _mm512_load_si512(tables.high);
  const __m512i weights = _mm512_set1_epi16(0x0110);
  size_t k = *i;
  for (; k + 32 <= bulk; k += 32) {
    const __m512i chars = _mm512_loadu_si512(src + k * 2);
    const __m512i values = _mm512_permutex2var_epi8(low, chars, high);
    if (_mm512_movepi8_mask(_mm512_or_si512(values, chars)) != 0) break;
    const __m512i bytes = _mm512_maddubs_epi16(values, weights);
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(dst + k),
                        _mm512_cvtepi16_epi8(bytes));
  }
  *i = k;
}

template <typename Char>
void HexDecodeRun(const Char*, uint8_t*, size_t*, size_t) {}
template <>
void HexDecodeRun(const uint8_t* src, uint8_t* dst, size_t* i, size_t bulk) {
  if (HasVbmi()) HexDecodeRunVbmi(src, dst, i, bulk);
}

template <typename Char>
void DecodeRun(const Char*, uint8_t*, size_t*, size_t*, size_t, size_t) {}
template <>
void DecodeRun(const uint8_t* src, uint8_t* dst, size_t* i, size_t* k,
               size_t max_i, size_t max_k) {
  DecodeRunVbmi(src, dst, i, k, max_i, max_k);
}

}  // namespace

size_t Base64EncodedSize(size_t n, bool pad) {
  return pad ? (n + 2) / 3 * 4 : n / 3 * 4 + (n % 3 == 0 ? 0 : n % 3 + 1);
}

size_t Base64Encode(const uint8_t* src, size_t n, char* dst, bool url) {
  const uint16_t* pairs = Pairs(url).pairs;
  const char* alphabet = url ? kBase64UrlChars : kBase64Chars;
  size_t i = 0;
  char* out = dst;
  if (HasVbmi() && n >= 48) {
    i = EncodeVbmi(src, n, dst, alphabet);
    out += i / 3 * 4;
  }
  for (; i + 3 <= n; i += 3) {
    const uint32_t v = (uint32_t{src[i]} << 16) | (uint32_t{src[i + 1]} << 8) |
                       src[i + 2];
    memcpy(out, &pairs[v >> 12], 2);
    memcpy(out + 2, &pairs[v & 0xfff], 2);
    out += 4;
  }
  const size_t rest = n - i;
  if (rest == 1) {
    *out++ = alphabet[src[i] >> 2];
    *out++ = alphabet[(src[i] & 0x03) << 4];
    if (!url) {
      *out++ = '=';
      *out++ = '=';
    }
  } else if (rest == 2) {
    *out++ = alphabet[src[i] >> 2];
    *out++ = alphabet[((src[i] & 0x03) << 4) | (src[i + 1] >> 4)];
    *out++ = alphabet[(src[i + 1] & 0x0f) << 2];
    if (!url) *out++ = '=';
  }
  return static_cast<size_t>(out - dst);
}

template <typename Char>
size_t Base64DecodedSize(const Char* src, size_t len) {
  if (len < 2) return 0;
  if (src[len - 1] == '=') {
    len--;
    if (src[len - 1] == '=') len--;
  }
  return len > 1 ? (len / 4) * 3 + (len % 4 + 1) / 2 : 0;
}

template <typename Char>
size_t Base64Decode(uint8_t* dst, size_t capacity, const Char* src,
                    size_t len) {
  const size_t available = std::min(capacity, Base64DecodedSize(src, len));
  const size_t max_k = available / 3 * 3;
  size_t max_i = len / 4 * 4;
  size_t i = 0;
  size_t k = 0;
  // 64 characters at a time with SIMD while whole blocks are valid and fit.
  const bool simd = sizeof(Char) == 1 && HasVbmi();
  size_t next_simd = 0;
  // Whole groups of four alphabet characters take the fast path; anything
  // else is handled one group at a time by DecodeGroupSlow, after which the
  // fast path resumes at the new position.
  while (i < max_i && k < max_k) {
    if (simd && i >= next_simd && i + 64 <= max_i && k + 48 <= max_k) {
      DecodeRun(src, dst, &i, &k, max_i, max_k);
      // The run stopped at a block the scalar code must see; text with line
      // breaks stops often, so retry only after that block.
      next_simd = i + 64;
      if (i >= max_i || k >= max_k) break;
    }
    const uint32_t a = kUnbase64[Low(src[i])];
    const uint32_t b = kUnbase64[Low(src[i + 1])];
    const uint32_t c = kUnbase64[Low(src[i + 2])];
    const uint32_t d = kUnbase64[Low(src[i + 3])];
    if ((a | b | c | d) & 0x80) {
      if (!DecodeGroupSlow(dst, capacity, src, len, &i, &k)) return k;
      max_i = i + (len - i) / 4 * 4;
      continue;
    }
    const uint32_t v = (a << 18) | (b << 12) | (c << 6) | d;
    dst[k] = static_cast<uint8_t>(v >> 16);
    dst[k + 1] = static_cast<uint8_t>(v >> 8);
    dst[k + 2] = static_cast<uint8_t>(v);
    i += 4;
    k += 3;
  }
  if (i < len && k < capacity) DecodeGroupSlow(dst, capacity, src, len, &i, &k);
  return k;
}

void HexEncode(const uint8_t* src, size_t n, char* dst) {
  const uint16_t* pairs = HexPairs().pairs;
  for (size_t i = 0; i < n; i++) memcpy(dst + 2 * i, &pairs[src[i]], 2);
}

template <typename Char>
size_t HexDecode(uint8_t* dst, size_t capacity, const Char* src, size_t len) {
  size_t i = 0;
  // Eight bytes per round with one validity test; invalid digits map to
  // 0xff, so any of them sets the high bit of the OR.
  const size_t bulk = std::min(capacity, len / 2);
  if (bulk >= 32) HexDecodeRun(src, dst, &i, bulk);
  for (; i + 8 <= bulk; i += 8) {
    uint8_t out[8];
    uint8_t bad = 0;
    for (int j = 0; j < 8; j++) {
      const uint8_t hi = kUnhex[Low(src[(i + j) * 2])];
      const uint8_t lo = kUnhex[Low(src[(i + j) * 2 + 1])];
      bad |= hi | lo;
      out[j] = static_cast<uint8_t>((hi << 4) | lo);
    }
    if (bad & 0x80) break;  // Let the exact loop find the bad pair.
    memcpy(dst + i, out, 8);
  }
  for (; i < capacity && i * 2 + 1 < len; i++) {
    const uint8_t hi = kUnhex[Low(src[i * 2])];
    const uint8_t lo = kUnhex[Low(src[i * 2 + 1])];
    if (hi == 0xff || lo == 0xff) return i;
    dst[i] = static_cast<uint8_t>((hi << 4) | lo);
  }
  return i;
}

size_t FirstNonAscii(const uint8_t* data, size_t n) {
  size_t i = 0;
  for (; i + 32 <= n; i += 32) {
    const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
    const __m128i b =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i + 16));
    if (_mm_movemask_epi8(_mm_or_si128(a, b)) != 0) break;
  }
  for (; i + 8 <= n; i += 8) {
    uint64_t word;
    memcpy(&word, data + i, 8);
    if (word & 0x8080808080808080ULL) break;
  }
  for (; i < n; i++) {
    if (data[i] & 0x80) return i;
  }
  return n;
}

bool IsValidUtf8(const uint8_t* data, size_t n) {
  size_t i = 0;
  while (i < n) {
    i += FirstNonAscii(data + i, n - i);
    if (i >= n) return true;
    const uint8_t c = data[i];
    size_t need;
    uint8_t lo = 0x80;
    uint8_t hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c == 0xe0) lo = 0xa0;  // Overlong.
      if (c == 0xed) hi = 0x9f;  // Surrogates.
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c == 0xf0) lo = 0x90;  // Overlong.
      if (c == 0xf4) hi = 0x8f;  // Above U+10FFFF.
    } else {
      return false;
    }
    if (n - i - 1 < need) return false;
    if (data[i + 1] < lo || data[i + 1] > hi) return false;
    for (size_t j = 2; j <= need; j++) {
      if ((data[i + j] & 0xc0) != 0x80) return false;
    }
    i += need + 1;
  }
  return true;
}

size_t Latin1ToUtf8(const uint8_t* src, size_t n, uint8_t* dst,
                    size_t capacity, size_t* consumed) {
  size_t i = 0;
  size_t k = 0;
  while (i < n) {
    // Copy the ASCII run in one go.
    const size_t run = std::min(FirstNonAscii(src + i, n - i), capacity - k);
    memcpy(dst + k, src + i, run);
    i += run;
    k += run;
    if (i >= n || k >= capacity) break;
    if (capacity - k < 2) break;
    dst[k++] = static_cast<uint8_t>(0xc0 | (src[i] >> 6));
    dst[k++] = static_cast<uint8_t>(0x80 | (src[i] & 0x3f));
    i++;
  }
  *consumed = i;
  return k;
}

size_t Utf8ToUtf16(const uint8_t* src, size_t n, uint16_t* dst,
                   uint16_t* max_unit) {
  size_t i = 0;
  size_t k = 0;
  uint16_t max = 0;
  while (i < n) {
    // Widen ASCII runs sixteen, then eight bytes at a time.
    while (i + 16 <= n) {
      const __m128i v =
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(src + i));
      if (_mm_movemask_epi8(v) != 0) break;
      const __m128i zero = _mm_setzero_si128();
      _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + k),
                       _mm_unpacklo_epi8(v, zero));
      _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + k + 8),
                       _mm_unpackhi_epi8(v, zero));
      if (max < 0x7f) max = 0x7f;
      i += 16;
      k += 16;
    }
    while (i + 8 <= n) {
      uint64_t word;
      memcpy(&word, src + i, 8);
      if (word & 0x8080808080808080ULL) break;
      for (int j = 0; j < 8; j++) dst[k + j] = src[i + j];
      if (max < 0x7f) max = 0x7f;
      i += 8;
      k += 8;
    }
    if (i >= n) break;
    const uint8_t c = src[i];
    if (c < 0x80) {
      dst[k++] = c;
      if (c > max) max = c;
      i++;
      continue;
    }
    size_t need;
    uint8_t lo = 0x80;
    uint8_t hi = 0xbf;
    uint32_t cp;
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      cp = c & 0x1f;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      cp = c & 0x0f;
      if (c == 0xe0) lo = 0xa0;
      if (c == 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      cp = c & 0x07;
      if (c == 0xf0) lo = 0x90;
      if (c == 0xf4) hi = 0x8f;
    } else {
      dst[k++] = 0xfffd;
      max = 0xfffd;
      i++;
      continue;
    }
    // Consume continuation bytes; a byte out of range ends the sequence
    // (one U+FFFD) and is looked at again as the start of the next.
    size_t j = 1;
    bool ok = true;
    for (; j <= need; j++) {
      if (i + j >= n) {
        ok = false;
        break;
      }
      const uint8_t b = src[i + j];
      if (b < lo || b > hi) {
        ok = false;
        break;
      }
      lo = 0x80;
      hi = 0xbf;
      cp = (cp << 6) | (b & 0x3f);
    }
    if (!ok) {
      dst[k++] = 0xfffd;
      max = 0xfffd;
      i += j;
      continue;
    }
    i += need + 1;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      dst[k++] = static_cast<uint16_t>(0xd800 | (cp >> 10));
      dst[k++] = static_cast<uint16_t>(0xdc00 | (cp & 0x3ff));
      if (max < 0xdc00) max = 0xdc00;
    } else {
      dst[k++] = static_cast<uint16_t>(cp);
      if (cp > max) max = static_cast<uint16_t>(cp);
    }
  }
  *max_unit = max;
  return k;
}

size_t Utf16ToUtf8(const uint16_t* src, size_t n, uint8_t* dst,
                   size_t capacity, size_t* consumed) {
  size_t i = 0;
  size_t k = 0;
  const __m128i non_ascii = _mm_set1_epi16(static_cast<int16_t>(0xff80));
  while (i < n) {
    // Narrow ASCII runs sixteen units at a time. The test masks the bits
    // above 0x7f (packus alone would read 0x8000+ as negative).
    while (i + 16 <= n && k + 16 <= capacity) {
      const __m128i a =
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(src + i));
      const __m128i b =
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(src + i + 8));
      const __m128i high = _mm_and_si128(_mm_or_si128(a, b), non_ascii);
      if (_mm_movemask_epi8(_mm_cmpeq_epi16(high, _mm_setzero_si128())) !=
          0xffff)
        break;
      _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + k),
                       _mm_packus_epi16(a, b));
      i += 16;
      k += 16;
    }
    // Mixed text: stay in this loop until eight ASCII units in a row
    // suggest that the vector loop above will pay again.
    size_t ascii_run = 0;
    while (i < n && ascii_run < 8) {
      uint32_t c = src[i];
      if (c < 0x80) {
        if (k >= capacity) goto done;
        dst[k++] = static_cast<uint8_t>(c);
        i++;
        ascii_run++;
        continue;
      }
      ascii_run = 0;
      if (c < 0x800) {
        if (k + 2 > capacity) goto done;
        dst[k] = static_cast<uint8_t>(0xc0 | (c >> 6));
        dst[k + 1] = static_cast<uint8_t>(0x80 | (c & 0x3f));
        k += 2;
        i++;
        continue;
      }
      size_t units = 1;
      if ((c & 0xf800) == 0xd800) {
        // A surrogate: a valid pair makes one 4-byte character, anything
        // else is a lone surrogate and becomes U+FFFD.
        if (c <= 0xdbff && i + 1 < n && (src[i + 1] & 0xfc00) == 0xdc00) {
          c = 0x10000 + ((c - 0xd800) << 10) + (src[i + 1] - 0xdc00);
          if (k + 4 > capacity) goto done;
          dst[k] = static_cast<uint8_t>(0xf0 | (c >> 18));
          dst[k + 1] = static_cast<uint8_t>(0x80 | ((c >> 12) & 0x3f));
          dst[k + 2] = static_cast<uint8_t>(0x80 | ((c >> 6) & 0x3f));
          dst[k + 3] = static_cast<uint8_t>(0x80 | (c & 0x3f));
          k += 4;
          i += 2;
          continue;
        }
        c = 0xfffd;
      }
      if (k + 3 > capacity) goto done;
      dst[k] = static_cast<uint8_t>(0xe0 | (c >> 12));
      dst[k + 1] = static_cast<uint8_t>(0x80 | ((c >> 6) & 0x3f));
      dst[k + 2] = static_cast<uint8_t>(0x80 | (c & 0x3f));
      k += 3;
      i += units;
    }
  }
done:
  *consumed = i;
  return k;
}

int64_t SearchBytes(const uint8_t* haystack, size_t haystack_len,
                    const uint8_t* needle, size_t needle_len, size_t start,
                    bool forward, size_t step) {
  if (needle_len == 0 || needle_len > haystack_len) return -1;
  const size_t last = haystack_len - needle_len;  // Last possible match.
  if (forward) {
    size_t pos = start / step * step;
    while (pos <= last) {
      const void* hit = memmem(haystack + pos, haystack_len - pos, needle,
                               needle_len);
      if (hit == nullptr) return -1;
      const size_t index =
          static_cast<size_t>(static_cast<const uint8_t*>(hit) - haystack);
      if (index % step == 0) return static_cast<int64_t>(index);
      pos = index + 1;
    }
    return -1;
  }
  size_t pos = std::min(start, last) / step * step;
  for (;;) {
    if (step == 1) {
      // Jump to the previous occurrence of the needle's first byte.
      const void* hit = memrchr(haystack, needle[0], pos + 1);
      if (hit == nullptr) return -1;
      pos = static_cast<size_t>(static_cast<const uint8_t*>(hit) - haystack);
    }
    if (haystack[pos] == needle[0] &&
        memcmp(haystack + pos, needle, needle_len) == 0)
      return static_cast<int64_t>(pos);
    if (pos < step) return -1;
    pos -= step;
  }
}

template size_t Base64DecodedSize(const uint8_t*, size_t);
template size_t Base64DecodedSize(const uint16_t*, size_t);
template size_t Base64Decode(uint8_t*, size_t, const uint8_t*, size_t);
template size_t Base64Decode(uint8_t*, size_t, const uint16_t*, size_t);
template size_t HexDecode(uint8_t*, size_t, const uint8_t*, size_t);
template size_t HexDecode(uint8_t*, size_t, const uint16_t*, size_t);

}  // namespace vigil::runtime::codecs
