// Saving the OpenGL back buffer as a PNG (for --screenshot and the end-to-end tests).
#pragma once

#include <filesystem>

#include "content/model/error.h"

namespace summit::ui {

// Reads the current context's back buffer (call after rendering, before swapping buffers) at
// `width` x `height` pixels and writes it top row first as an RGBA PNG at `path`.
// Errors: kInvalidArgument for a non-positive size; kIo when the file cannot be written.
[[nodiscard]] Status WriteBackBufferPng(const std::filesystem::path& path, int width, int height);

}  // namespace summit::ui
