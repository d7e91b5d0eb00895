// libzstd from the system (Debian's libzstd-dev), for reading zstd-compressed trace files (the
// OpenTelemetry Collector's file exporter compresses with zstd).
#include <zstd.h>
