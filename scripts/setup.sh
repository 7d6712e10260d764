#!/usr/bin/env bash
# Installs the Debian packages Summit needs to build, run and test, and nothing else.
# Does nothing when everything is already installed. Uses sudo when not run as root.
set -euo pipefail

packages=(
    cmake g++ make pkg-config           # the toolchain
    libimgui-dev libstb-dev             # Dear ImGui 1.86 (core + GLFW/OpenGL3 backends) and stb
    libglfw3-dev libgl-dev              # the window and OpenGL
    libsqlite3-dev                      # the collection file
    libcereal-dev                       # JSON bank format (with rapidjson)
    libutf8proc-dev                     # Unicode normalization for typed answers
    libxml2-dev                         # HTML of imported question texts (and Moodle XML)
    libzip-dev libzstd-dev              # Anki packages: ZIP container, zstd members
    zlib1g-dev                          # deflate for screenshots
    libssl-dev                          # SHA-256 (libcrypto)
    libgtest-dev libgmock-dev           # tests
    libbenchmark-dev                    # benchmarks
    clang-format                        # the formatting check
    fonts-dejavu-core                   # a readable UI font
    xvfb xauth xdotool libgl1-mesa-dri  # the real window under a virtual display, for tests
    libx11-dev                          # pictures pasted from the clipboard; the drop and paste tests
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
echo "setup: installing ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
