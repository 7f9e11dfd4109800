#include "core/exports/qr_code.hpp"

#include <qrcodegen.h>

#include <cstring>

namespace core {

std::optional<QrCode> make_qr(std::string_view text) {
    if (text.size() > kMaxQrBytes) return std::nullopt;
    std::vector<uint8_t> data(qrcodegen_BUFFER_LEN_MAX), code(qrcodegen_BUFFER_LEN_MAX);
    if (!text.empty()) std::memcpy(data.data(), text.data(), text.size());
    if (!qrcodegen_encodeBinary(data.data(), text.size(), code.data(), qrcodegen_Ecc_LOW, qrcodegen_VERSION_MIN,
                                qrcodegen_VERSION_MAX, qrcodegen_Mask_AUTO, true))
        return std::nullopt;
    QrCode qr;
    qr.size = qrcodegen_getSize(code.data());
    qr.modules.resize((size_t)qr.size * qr.size);
    for (int y = 0; y < qr.size; ++y)
        for (int x = 0; x < qr.size; ++x) qr.modules[(size_t)y * qr.size + x] = qrcodegen_getModule(code.data(), x, y);
    return qr;
}

}  // namespace core
