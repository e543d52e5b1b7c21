// internalBinding('url'): IDNA (UTS #46) for the WHATWG URL parser in
// runtime/lib/internal/url_host.js, through ICU's uidna. Everything else
// about URLs is JavaScript.
#include <unicode/uidna.h>

#include <string>

#include "binding_util.h"
#include "bindings.h"

namespace vigil::runtime {

using v8::FunctionCallbackInfo;
using v8::Local;
using v8::Object;
using v8::Value;

namespace {

// The URL Standard's "domain to ASCII" runs UTS #46 with CheckHyphens,
// VerifyDnsLength and UseSTD3ASCIIRules off and CheckBidi, CheckJoiners
// and non-transitional processing on. ICU has no switch for the first two,
// so their errors are ignored instead.
constexpr uint32_t kIgnoredErrors = UIDNA_ERROR_EMPTY_LABEL | UIDNA_ERROR_LABEL_TOO_LONG |
                                    UIDNA_ERROR_DOMAIN_NAME_TOO_LONG | UIDNA_ERROR_LEADING_HYPHEN |
                                    UIDNA_ERROR_TRAILING_HYPHEN | UIDNA_ERROR_HYPHEN_3_4;

const UIDNA* Uts46() {
  // One converter for the process: uidna objects are immutable and safe to
  // share between threads.
  static const UIDNA* idna = [] {
    UErrorCode status = U_ZERO_ERROR;
    const UIDNA* result =
        uidna_openUTS46(UIDNA_CHECK_BIDI | UIDNA_CHECK_CONTEXTJ | UIDNA_NONTRANSITIONAL_TO_ASCII |
                            UIDNA_NONTRANSITIONAL_TO_UNICODE,
                        &status);
    return U_FAILURE(status) ? nullptr : result;
  }();
  return idna;
}

using Convert = int32_t (*)(const UIDNA*, const char*, int32_t, char*, int32_t, UIDNAInfo*, UErrorCode*);

// Runs one ICU conversion; false when ICU reports an error that matters.
bool RunIdna(Convert convert, const std::string& input, std::string* output) {
  const UIDNA* idna = Uts46();
  if (idna == nullptr) return false;
  output->resize(input.size() * 4 + 64);
  for (int attempt = 0; attempt < 2; attempt++) {
    UIDNAInfo info = UIDNA_INFO_INITIALIZER;
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = convert(idna, input.data(), static_cast<int32_t>(input.size()), output->data(),
                             static_cast<int32_t>(output->size()), &info, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
      output->resize(length);
      continue;
    }
    if (U_FAILURE(status)) return false;
    output->resize(length);
    return (info.errors & ~kIgnoredErrors) == 0;
  }
  return false;
}

// toASCII(domain): the ASCII form, or undefined when it is not valid.
void ToASCII(const FunctionCallbackInfo<Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  std::string input = ToStdString(isolate, args[0]);
  std::string output;
  if (!RunIdna(uidna_nameToASCII_UTF8, input, &output)) return;
  args.GetReturnValue().Set(Utf8String(isolate, output));
}

// toUnicode(domain): the Unicode form, or undefined when it is not valid.
void ToUnicode(const FunctionCallbackInfo<Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  std::string input = ToStdString(isolate, args[0]);
  std::string output;
  if (!RunIdna(uidna_nameToUnicodeUTF8, input, &output)) return;
  args.GetReturnValue().Set(Utf8String(isolate, output));
}

}  // namespace

void Init_url_Binding(Environment& env, Local<Object> target) {
  Local<v8::Context> context = env.context();
  SetMethod(context, target, "toASCII", ToASCII);
  SetMethod(context, target, "toUnicode", ToUnicode);
}

}  // namespace vigil::runtime
