// The floor on this machine for ingesting OTLP JSON Lines into SQLite: simdjson (DOM, the API tracegate uses, with runtime CPU dispatch) parses
// each line, the same span columns as Benchmarks/python/orjson_ingest.py are taken out (ids,
// parent, name, times, operation, tool, model, tokens, the attribute list as minified JSON), and
// one prepared INSERT writes them, in one transaction (WAL, as tracegate's store). Nothing else:
// no normalizing, no trace rows, no digest. tracegate's ingest rate is compared with this one.
//
// Build: c++ -O2 -std=c++17 limit_ingest.cpp -lsimdjson -lsqlite3 -o limit_ingest
// Usage: limit_ingest FILE REPEATS  -> one JSON line: median/min/max MB/s, spans, peak RSS.
#include <simdjson.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

using namespace simdjson;

static void check(int code, sqlite3 *db, const char *what) {
    if (code != SQLITE_OK && code != SQLITE_DONE && code != SQLITE_ROW) {
        std::fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
        std::exit(1);
    }
}

static void bind_text(sqlite3_stmt *statement, int index, std::string_view text, bool present = true) {
    if (present) sqlite3_bind_text(statement, index, text.data(), (int)text.size(), SQLITE_TRANSIENT);
    else sqlite3_bind_null(statement, index);
}

static long long ingest(const std::string &path, const std::string &database) {
    sqlite3 *db = nullptr;
    check(sqlite3_open(database.c_str(), &db), db, "open");
    check(sqlite3_exec(db, "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr), db, "wal");
    check(sqlite3_exec(db, "CREATE TABLE spans (trace_id TEXT, span_id TEXT, parent TEXT, name TEXT, start INTEGER, end INTEGER, "
                           "operation TEXT, tool TEXT, model TEXT, input_tokens INTEGER, output_tokens INTEGER, attributes TEXT, "
                           "PRIMARY KEY (trace_id, span_id))", nullptr, nullptr, nullptr), db, "create");
    sqlite3_stmt *insert = nullptr;
    check(sqlite3_prepare_v2(db, "INSERT OR REPLACE INTO spans VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", -1, &insert, nullptr), db, "prepare");
    check(sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr), db, "begin");

    padded_string file = padded_string::load(path);
    dom::parser parser;
    dom::document_stream documents = parser.parse_many(file, 64 << 20);
    long long spans = 0;
    for (dom::element document : documents) {
        for (dom::element resource : document["resourceSpans"].get_array()) {
            for (dom::element scope : resource["scopeSpans"].get_array()) {
                for (dom::element span : scope["spans"].get_array()) {
                    std::string_view operation, tool, model, request;
                    bool hasOperation = false, hasTool = false, hasModel = false;
                    long long input = -1, output = -1;
                    dom::array list;
                    bool hasAttributes = span["attributes"].get_array().get(list) == SUCCESS;
                    if (hasAttributes) {
                        for (dom::element pair : list) {
                            std::string_view attribute = pair["key"].get_string();
                            dom::element any = pair["value"];
                            if (attribute == "gen_ai.operation.name") { operation = any["stringValue"].get_string(); hasOperation = true; }
                            else if (attribute == "gen_ai.tool.name") { tool = any["stringValue"].get_string(); hasTool = true; }
                            else if (attribute == "gen_ai.response.model") { model = any["stringValue"].get_string(); hasModel = true; }
                            else if (attribute == "gen_ai.request.model") request = any["stringValue"].get_string();
                            else if (attribute == "gen_ai.usage.input_tokens") input = std::atoll(std::string(any["intValue"].get_string().value()).c_str());
                            else if (attribute == "gen_ai.usage.output_tokens") output = std::atoll(std::string(any["intValue"].get_string().value()).c_str());
                        }
                    }
                    std::string_view parent;
                    bool hasParent = span["parentSpanId"].get_string().get(parent) == SUCCESS && !parent.empty();
                    sqlite3_reset(insert);
                    bind_text(insert, 1, span["traceId"].get_string().value());
                    bind_text(insert, 2, span["spanId"].get_string().value());
                    bind_text(insert, 3, parent, hasParent);
                    bind_text(insert, 4, span["name"].get_string().value());
                    sqlite3_bind_int64(insert, 5, std::atoll(std::string(span["startTimeUnixNano"].get_string().value()).c_str()));
                    sqlite3_bind_int64(insert, 6, std::atoll(std::string(span["endTimeUnixNano"].get_string().value()).c_str()));
                    bind_text(insert, 7, operation, hasOperation);
                    bind_text(insert, 8, tool, hasTool);
                    bind_text(insert, 9, hasModel ? model : request, hasModel || !request.empty());
                    if (input >= 0) sqlite3_bind_int64(insert, 10, input); else sqlite3_bind_null(insert, 10);
                    if (output >= 0) sqlite3_bind_int64(insert, 11, output); else sqlite3_bind_null(insert, 11);
                    std::string minified = hasAttributes ? simdjson::minify(list) : std::string("[]");
                    bind_text(insert, 12, minified);
                    check(sqlite3_step(insert), db, "insert");
                    spans += 1;
                }
            }
        }
    }
    check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
    sqlite3_finalize(insert);
    sqlite3_close(db);
    return spans;
}

int main(int argc, char **argv) {
    if (argc < 2) { std::fprintf(stderr, "usage: limit_ingest FILE [REPEATS]\n"); return 64; }
    std::string path = argv[1];
    int repeats = argc > 2 ? std::atoi(argv[2]) : 3;
    struct stat info {};
    stat(path.c_str(), &info);
    double megabytes = info.st_size / 1e6;
    std::vector<double> rates;
    long long spans = 0;
    for (int run = 0; run < repeats; run++) {
        char folder[] = "/tmp/tracegate-limit-XXXXXX";
        if (!mkdtemp(folder)) return 1;
        std::string database = std::string(folder) + "/limit.sqlite";
        auto started = std::chrono::steady_clock::now();
        spans = ingest(path, database);
        double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        rates.push_back(megabytes / seconds);
        for (const char *suffix : {"", "-wal", "-shm"}) unlink((database + suffix).c_str());
        rmdir(folder);
    }
    std::sort(rates.begin(), rates.end());
    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("{\"name\": \"limit: C++ simdjson DOM + one prepared SQLite INSERT\", \"unit\": \"MB/s\", \"median\": %.1f, "
                "\"min\": %.1f, \"max\": %.1f, \"spans\": %lld, \"peak_rss_mb\": %.1f}\n",
                rates[rates.size() / 2], rates.front(), rates.back(), spans, usage.ru_maxrss / 1024.0);
    return 0;
}
