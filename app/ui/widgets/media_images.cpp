// Decoding and caching question images. stb_image's implementation is compiled into the
// Debian libstb that imgui.pc links, so only its header is included here.
#include "app/ui/widgets/media_images.h"

#include <climits>

#include <stb_image.h>

namespace summit::ui {

std::optional<DecodedImage> DecodeImage(std::string_view bytes) {
    if (bytes.empty() || bytes.size() > INT_MAX) {
        return std::nullopt;
    }
    const auto* data = reinterpret_cast<const stbi_uc*>(bytes.data());
    const int size = static_cast<int>(bytes.size());
    int width = 0;
    int height = 0;
    int channels = 0;
    if (stbi_info_from_memory(data, size, &width, &height, &channels) == 0 || width <= 0 ||
        height <= 0 || int64_t{width} * height > kMaxImagePixels) {
        return std::nullopt;
    }
    stbi_uc* pixels = stbi_load_from_memory(data, size, &width, &height, &channels, 4);
    if (pixels == nullptr) {
        return std::nullopt;
    }
    DecodedImage image;
    image.rgba.assign(pixels, static_cast<std::size_t>(width) * height * 4);
    image.width = width;
    image.height = height;
    stbi_image_free(pixels);
    return image;
}

MediaImages::~MediaImages() {
    Clear();
}

void MediaImages::Clear() {
    for (auto& [hash, texture] : cache_) {
        if (texture && uploader_ != nullptr) {
            uploader_->Release(texture->texture);
        }
    }
    cache_.clear();
}

void MediaImages::SetUploader(TextureUploader* uploader) {
    Clear();
    uploader_ = uploader;
}

const ImageTexture* MediaImages::Find(std::string_view hash) {
    if (uploader_ == nullptr) {
        return nullptr;
    }
    if (auto it = cache_.find(hash); it != cache_.end()) {
        return it->second ? &*it->second : nullptr;
    }
    std::optional<ImageTexture> texture;
    if (std::optional<std::string> bytes = loader_(hash)) {
        if (std::optional<DecodedImage> image = DecodeImage(*bytes)) {
            if (ImTextureID id =
                    uploader_->Upload(image->rgba.data(), image->width, image->height)) {
                texture = ImageTexture{id, image->width, image->height};
            }
        }
    }
    auto [it, inserted] = cache_.emplace(std::string(hash), texture);
    return it->second ? &*it->second : nullptr;
}

}  // namespace summit::ui
