#pragma once
// QR codes of share links (the share dialog draws them), made by Nayuki's
// qrcodegen from Debian's source package (script/bootstrap). Byte mode, the
// smallest version that holds the text, low error correction raised where
// that costs no larger code (qrcodegen's boostEcl), automatic mask.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace core {

// The most a QR code holds in byte mode: version 40 (177 × 177 modules) at
// error-correction level L.
inline constexpr size_t kMaxQrBytes = 2953;
// The quiet zone a reader needs around the code, in modules (ISO/IEC 18004).
inline constexpr int kQrQuietModules = 4;

struct QrCode {
    int size = 0;                  // modules per side, 21 (version 1) to 177 (version 40)
    std::vector<uint8_t> modules;  // size × size, row by row; 1 = dark
    bool dark(int x, int y) const { return modules[(size_t)y * size + x] != 0; }
};

// nullopt when the text is longer than kMaxQrBytes.
std::optional<QrCode> make_qr(std::string_view text);

}  // namespace core
