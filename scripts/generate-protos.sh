#!/usr/bin/env bash
# Regenerates Sources/TraceIngest/Protobuf/otlp_trace.pb.swift from proto/otlp_trace.proto.
# Needs protoc (Debian: protobuf-compiler) and protoc-gen-swift from apple/swift-protobuf at the
# version Package.swift names (build it once: swift build -c release --product protoc-gen-swift in
# a checkout of that tag; about ten minutes on these machines, so CI never does it: the generated
# file is committed). Usage: scripts/generate-protos.sh [PATH-TO-protoc-gen-swift]
set -euo pipefail
cd "$(dirname "$0")/.."
plugin=${1:-$(command -v protoc-gen-swift || true)}
[ -x "$plugin" ] || { echo "protoc-gen-swift not found; pass its path" >&2; exit 64; }
protoc --plugin=protoc-gen-swift="$plugin" --proto_path=proto \
  --swift_opt=Visibility=Package --swift_out=Sources/TraceIngest/Protobuf proto/otlp_trace.proto
echo "wrote Sources/TraceIngest/Protobuf/otlp_trace.pb.swift"
