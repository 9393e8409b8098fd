#!/usr/bin/env bash
# Builds the release app into dist/ (validating the dataset on the way).
source "$(dirname "$0")/common.sh"
say "building the release app into dist/"
trunk build --release --offline
