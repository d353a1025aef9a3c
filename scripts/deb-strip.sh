#!/bin/sh
# The strip CPack runs on the packaged binaries (scripts/build-deb.sh passes it as CMAKE_STRIP): what dh_strip
# does, dropping the compiler's .comment and .note sections too, which lintian reports as unneeded.
exec strip --remove-section=.comment --remove-section=.note "$@"
