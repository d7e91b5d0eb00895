// The C ABI of csimdjson.h over simdjson's DOM API (public API only; no exceptions).
#include "csimdjson.h"

#include <simdjson.h>

#include <cstring>
#include <new>
#include <string_view>
#include <unordered_set>
#include <vector>

struct tg_json_parser {
    simdjson::dom::parser dom;
    std::vector<uint64_t> tape;
    std::vector<uint8_t> strings;
    // The keys of the objects being written, innermost last: one buffer reused for every object.
    std::vector<std::string_view> keys;
};

namespace {

constexpr uint64_t word(char kind, uint64_t payload) {
    return (uint64_t(uint8_t(kind)) << 56) | (payload & 0x00FFFFFFFFFFFFFFull);
}

void append_string(tg_json_parser &parser, std::string_view text) {
    parser.tape.push_back(word('s', parser.strings.size()));
    parser.tape.push_back(text.size());
    parser.strings.insert(parser.strings.end(), text.begin(), text.end());
}

// A number word, then its 64 bits (int64_t or double) in the next word.
template <typename Number>
void append_number(tg_json_parser &parser, char kind, Number value) {
    static_assert(sizeof(Number) == sizeof(uint64_t), "numbers take one word");
    uint64_t bits;
    std::memcpy(&bits, &value, sizeof bits);
    parser.tape.push_back(word(kind, 0));
    parser.tape.push_back(bits);
}

// Reserves a container's two header words; returns where they are.
size_t open_container(tg_json_parser &parser) {
    size_t header = parser.tape.size();
    parser.tape.push_back(0);
    parser.tape.push_back(0);
    return header;
}

// Fills the header once the contents are written: the index past the end, then the count.
void close_container(tg_json_parser &parser, size_t header, char kind, uint64_t count) {
    parser.tape[header] = word(kind, parser.tape.size());
    parser.tape[header + 1] = count;
}

// A repeated key in one object: the Swift parser then reads the document again and refuses it
// with the key's line and column.
struct duplicate_key {};

// Throws duplicate_key when keys[start...] has a repeat: pairwise for the small objects traces
// are made of, through a hash set for large ones.
void check_unique(const std::vector<std::string_view> &keys, size_t start) {
    size_t count = keys.size() - start;
    if (count <= 16) {
        for (size_t i = start + 1; i < keys.size(); i++) {
            for (size_t j = start; j < i; j++) {
                if (keys[i] == keys[j]) { throw duplicate_key(); }
            }
        }
        return;
    }
    std::unordered_set<std::string_view> seen;
    for (size_t i = start; i < keys.size(); i++) {
        if (!seen.insert(keys[i]).second) { throw duplicate_key(); }
    }
}

// Depth is bounded by the parser's max_depth (simdjson refused anything deeper). Allocation
// failure throws std::bad_alloc, caught in tg_json_parse.
void write(tg_json_parser &parser, simdjson::dom::element element) {
    using simdjson::dom::element_type;
    switch (element.type()) {
    case element_type::OBJECT: {
        size_t header = open_container(parser);
        uint64_t count = 0;
        // This object's keys go after those of the objects around it; nested objects push and pop theirs.
        size_t start = parser.keys.size();
        for (auto field : element.get_object().value_unsafe()) {
            append_string(parser, field.key);
            write(parser, field.value);
            parser.keys.push_back(field.key);
            count++;
        }
        if (count > 1) { check_unique(parser.keys, start); }
        parser.keys.resize(start);
        close_container(parser, header, 'o', count);
        break;
    }
    case element_type::ARRAY: {
        size_t header = open_container(parser);
        uint64_t count = 0;
        for (auto item : element.get_array().value_unsafe()) {
            write(parser, item);
            count++;
        }
        close_container(parser, header, 'a', count);
        break;
    }
    case element_type::STRING:
        append_string(parser, element.get_string().value_unsafe());
        break;
    case element_type::INT64:
        append_number(parser, 'i', element.get_int64().value_unsafe());
        break;
    case element_type::UINT64:
        append_number(parser, 'd', double(element.get_uint64().value_unsafe()));
        break;
    case element_type::DOUBLE:
        append_number(parser, 'd', element.get_double().value_unsafe());
        break;
    case element_type::BOOL:
        parser.tape.push_back(word(element.get_bool().value_unsafe() ? 't' : 'f', 0));
        break;
    case element_type::NULL_VALUE:
        parser.tape.push_back(word('n', 0));
        break;
    }
}

} // namespace

extern "C" {

size_t tg_json_padding(void) { return simdjson::SIMDJSON_PADDING; }

tg_json_parser *tg_json_parser_new(size_t max_depth) {
    auto *parser = new (std::nothrow) tg_json_parser();
    if (parser == nullptr) { return nullptr; }
    if (parser->dom.allocate(4096, max_depth) != simdjson::SUCCESS) {
        delete parser;
        return nullptr;
    }
    return parser;
}

void tg_json_parser_free(tg_json_parser *parser) { delete parser; }

int tg_json_parse(tg_json_parser *parser, const uint8_t *bytes, size_t length) {
    simdjson::dom::element root;
    auto error = parser->dom.parse(bytes, length, false).get(root);
    if (error != simdjson::SUCCESS) { return int(error); }
    parser->tape.clear();
    parser->strings.clear();
    parser->keys.clear();
    try {
        write(*parser, root);
    } catch (const duplicate_key &) {
        return int(simdjson::TAPE_ERROR);
    } catch (...) {
        return int(simdjson::MEMALLOC);
    }
    return 0;
}

const uint64_t *tg_json_tape(const tg_json_parser *parser, size_t *count) {
    *count = parser->tape.size();
    return parser->tape.data();
}

const uint8_t *tg_json_strings(const tg_json_parser *parser, size_t *count) {
    *count = parser->strings.size();
    return parser->strings.data();
}

const char *tg_json_error_message(int code) { return simdjson::error_message(simdjson::error_code(code)); }

}
