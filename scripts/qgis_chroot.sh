#!/usr/bin/env bash
# The newer QGIS releases of the test matrix, each in a Debian chroot made with debootstrap:
#   qgis_chroot.sh ensure SUITE      build /var/cache/i40-qgis/SUITE once (reused afterwards)
#   qgis_chroot.sh test SUITE REPO   run `make test demo` in a copy of REPO inside it
# SUITE is a Debian suite: trixie (QGIS 3.40 LTR) or sid (3.44). Inside, the tests see only
# Debian's packages, as a user of that release would; the venv holds test tools alone.
set -euo pipefail

CACHE=${I40_CHROOT_CACHE:-/var/cache/i40-qgis}
# What `make setup` needs in the chroot; everything else it installs itself, as on a host.
BASE_PACKAGES="ca-certificates make python3 locales"

die() { echo "qgis_chroot: $*" >&2; exit 1; }

# The host's own Debian mirror, so that the chroot comes from the same archive as the host.
mirror() {
	local uri
	uri=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/*.sources 2>/dev/null || true)
	[ -n "$uri" ] || uri=$(awk '$1 == "deb" {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
	[ -n "$uri" ] || die "no Debian mirror found in the host's apt sources"
	echo "$uri"
}

mounted_below() { awk -v d="$1" 'index($2, d) == 1 {print $2}' /proc/mounts; }

unmount_all() {
	local dir=$1 m
	# Deepest first; lazy, so that a process still leaving does not keep a mount alive.
	for m in $(mounted_below "$dir" | sort -r); do umount -l "$m"; done
	[ -z "$(mounted_below "$dir")" ] || die "$dir still has mounts; not touching it"
}

mount_all() {
	local dir=$1
	mount --bind /proc "$dir/proc"
	mount --bind /dev "$dir/dev"
	mount --bind /dev/pts "$dir/dev/pts"
	mkdir -p "$dir/dev/shm" && mount -t tmpfs tmpfs "$dir/dev/shm"
}

in_chroot() {
	local dir=$1; shift
	chroot "$dir" env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
		LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive CI="${CI:-}" "$@"
}

ensure() {
	local suite=$1 dir="$CACHE/$1"
	[ -f "$dir/.i40-ready" ] && return 0
	command -v debootstrap >/dev/null || apt-get install -y -q debootstrap
	mkdir -p "$CACHE"
	if [ -e "$dir" ]; then
		# A build that stopped half-way: start again, but never delete through a live mount.
		unmount_all "$dir"
		rm -rf --one-file-system "$dir"
	fi
	echo "Building the $suite chroot in $dir (once per machine) ..."
	debootstrap --variant=minbase --include="${BASE_PACKAGES// /,}" "$suite" "$dir" "$(mirror)"
	# Package clients in the chroot reach the registries through the host's CA certificates.
	if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
		cp /usr/local/share/ca-certificates/*.crt "$dir/usr/local/share/ca-certificates/"
	fi
	# sid's release files may carry a Valid-Until that has passed.
	echo 'Acquire::Check-Valid-Until "false";' >"$dir/etc/apt/apt.conf.d/99i40-valid-until"
	echo 'de_DE.UTF-8 UTF-8' >"$dir/etc/locale.gen"
	cp /etc/resolv.conf "$dir/etc/resolv.conf"
	mount_all "$dir"
	trap 'unmount_all "$dir"' EXIT
	in_chroot "$dir" update-ca-certificates >/dev/null
	in_chroot "$dir" locale-gen >/dev/null
	in_chroot "$dir" apt-get update -q
	unmount_all "$dir"
	trap - EXIT
	touch "$dir/.i40-ready"
}

# A fresh copy of the work tree (no venv, build output or artefacts of the host) with the shared
# data beside it, as CI lays it out; `make test` there, artefacts copied back per suite.
run_tests() {
	local suite=$1 repo dir="$CACHE/$1" work shared status=0
	repo=$(cd "$2" && pwd)
	shared=$(cd "$repo/../shared" && pwd)
	ensure "$suite"
	work="$dir/root/work"
	unmount_all "$dir"
	rm -rf --one-file-system "$work/main"
	mkdir -p "$work/main" "$work/shared"
	tar -C "$repo" --exclude=./.git --exclude=./.venv --exclude=./build --exclude=./dist \
		--exclude=./.venv-qt6 --exclude=./out --exclude=./tests/artefacts --exclude=./tests/.qgis-settings \
		--exclude='*/__pycache__' -cf - . | tar -C "$work/main" -xf -
	mount_all "$dir"
	mount --bind -o ro "$shared" "$work/shared"
	trap 'unmount_all "$dir"' EXIT
	# The venv lives outside the copy, so its test tools are installed once per chroot.
	in_chroot "$dir" make -C /root/work/main test demo VENV=/opt/i40-venv || status=$?
	mkdir -p "$repo/tests/artefacts/$suite"
	if [ -d "$work/main/tests/artefacts" ]; then
		cp -r "$work/main/tests/artefacts/." "$repo/tests/artefacts/$suite/"
	fi
	unmount_all "$dir"
	trap - EXIT
	return "$status"
}

case "${1:-}" in
	ensure) ensure "${2:?suite}" ;;
	test) run_tests "${2:?suite}" "${3:?repository folder}" ;;
	*) die "usage: $0 ensure SUITE | test SUITE REPO" ;;
esac
