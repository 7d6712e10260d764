// The images of Markdown questions for the window: bytes from the collection, decoded with
// stb_image, uploaded once per hash through a TextureUploader and cached. The uploader is an
// interface so headless tests lay out real image sizes without a GL context.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "app/ui/widgets/rich_text.h"

namespace summit::ui {

// Makes textures from RGBA pixels (the window's OpenGL one, or a fake in tests).
class TextureUploader {
  public:
    virtual ~TextureUploader() = default;
    // A texture of `width` x `height` RGBA8 pixels, rows top to bottom; nullptr on failure.
    virtual ImTextureID Upload(const uint8_t* rgba, int width, int height) = 0;
    virtual void Release(ImTextureID texture) = 0;
};

// The largest decoded image, in pixels (4096 x 4096): a small file can still unpack into
// gigabytes, and GL implementations need not take larger textures.
inline constexpr int64_t kMaxImagePixels = int64_t{4096} * 4096;

class MediaImages : public ImageSource {
  public:
    // Returns the stored bytes for a hash, or nullopt when the collection has none.
    using Loader = std::function<std::optional<std::string>(std::string_view hash)>;

    explicit MediaImages(Loader loader) : loader_(std::move(loader)) {}
    MediaImages(const MediaImages&) = delete;
    MediaImages& operator=(const MediaImages&) = delete;
    ~MediaImages() override;

    // Without an uploader (before the window has GL, headless) every Find is nullptr. Setting
    // another releases the textures made by the old one. Not owned.
    void SetUploader(TextureUploader* uploader);

    // Loads, decodes and uploads on first use; a hash that failed is not tried again.
    const ImageTexture* Find(std::string_view hash) override;

  private:
    void Clear();

    Loader loader_;
    TextureUploader* uploader_ = nullptr;
    std::map<std::string, std::optional<ImageTexture>, std::less<>> cache_;
};

// Decodes PNG, JPEG or GIF bytes to RGBA rows; nullopt for anything else or more than
// kMaxImagePixels.
struct DecodedImage {
    std::basic_string<uint8_t> rgba;
    int width = 0;
    int height = 0;
};
std::optional<DecodedImage> DecodeImage(std::string_view bytes);

}  // namespace summit::ui
