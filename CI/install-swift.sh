#!/usr/bin/env bash
# Installs the Swift toolchain VERSION (for example 6.3.3) from swift.org for this machine's Linux
# (Ubuntu 24.04 or 22.04, Debian 12; x86_64 or aarch64), checks the tarball's signature against swift.org's
# keys, and puts it on PATH for the next steps of a GitHub job ($GITHUB_PATH). Nothing happens when the
# `swiftc` on PATH already is VERSION, or when the toolchain is already in the tool cache.
#
#   CI/install-swift.sh VERSION
#
# Where: $RUNNER_TOOL_CACHE/swift/VERSION (GitHub's runners: /opt/hostedtoolcache, readable by every user,
# which the compiler's sandbox needs), else ~/.local/share/swift/VERSION. Prints the bin folder last.
set -euo pipefail
version=${1:?usage: CI/install-swift.sh VERSION}

if command -v swiftc >/dev/null && swiftc --version 2>&1 | grep -q "Swift version $version ("; then
    echo "Swift $version is already on PATH: $(command -v swiftc)"
    exit 0
fi

# swift.org's folder and file names for this system: ubuntu2404 / ubuntu24.04, with -aarch64 on ARM.
# shellcheck source=/dev/null
. /etc/os-release
case "${ID:-}" in
    ubuntu) platform="ubuntu${VERSION_ID//./}" suffix="ubuntu${VERSION_ID}" ;;
    debian) platform="debian${VERSION_ID}" suffix="debian${VERSION_ID}" ;;
    *)
        echo "install-swift: no swift.org toolchain for ${PRETTY_NAME:-this system}; use an ubuntu-24.04 runner or" \
            "the swift:${version%.*} container" >&2
        exit 2
        ;;
esac
case "$(uname -m)" in
    x86_64) ;;
    aarch64) platform+="-aarch64" suffix+="-aarch64" ;;
    *) echo "install-swift: no swift.org toolchain for $(uname -m)" >&2; exit 2 ;;
esac

prefix="${RUNNER_TOOL_CACHE:-${XDG_DATA_HOME:-$HOME/.local/share}}/swift/$version"
if [ ! -x "$prefix/usr/bin/swiftc" ]; then
    name="swift-$version-RELEASE-$suffix.tar.gz"
    url="https://download.swift.org/swift-$version-release/$platform/swift-$version-RELEASE/$name"
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    echo "Downloading $url"
    curl -fsSL --retry 3 -o "$work/$name" "$url" || {
        status=$?
        if [ "$status" = 22 ]; then
            echo "install-swift: swift.org has no $name (is $version a released version, and does it support" \
                "${PRETTY_NAME:-this system}? Ubuntu 26.04 has no builds yet: use runs-on: ubuntu-24.04)" >&2
        else
            echo "install-swift: could not download $url (curl exit $status: no network?)" >&2
        fi
        exit 2
    }
    curl -fsSL --retry 3 -o "$work/$name.sig" "$url.sig"
    # The keys are served gzip-encoded; a private keyring keeps the runner's own untouched.
    export GNUPGHOME="$work/gnupg"
    mkdir -m 700 "$GNUPGHOME"
    curl -fsSL --compressed --retry 3 https://www.swift.org/keys/all-keys.asc | gpg --batch --quiet --import
    gpg --batch --verify "$work/$name.sig" "$work/$name"
    mkdir -p "$prefix"
    tar -xzf "$work/$name" -C "$prefix" --strip-components=1
fi

# The libraries the toolchain links against (swift.org's list for Ubuntu 24.04, less what a runner has
# anyway), installed only when missing and only where apt-get runs without a password.
missing=()
for package in binutils libc6-dev libcurl4-openssl-dev libedit2 libncurses-dev libpython3-dev libsqlite3-0 \
    libxml2-dev libz3-dev pkg-config zlib1g-dev; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ] && command -v apt-get >/dev/null; then
    as_root=()
    [ "$(id -u)" = 0 ] || as_root=(sudo -n)
    if "${as_root[@]}" true 2>/dev/null; then
        echo "Installing what the toolchain needs: ${missing[*]}"
        "${as_root[@]}" apt-get update -qq
        "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    else
        echo "install-swift: not installed (no root): ${missing[*]}" >&2
    fi
fi

"$prefix/usr/bin/swiftc" --version
[ -z "${GITHUB_PATH:-}" ] || echo "$prefix/usr/bin" >>"$GITHUB_PATH"
echo "$prefix/usr/bin"
