// A C ABI over simdjson's DOM parser, for Swift.
//
// The parser validates the whole input (UTF-8, grammar, depth) with simdjson's DOM API, then
// writes the document into a flat tape of 64-bit words that Swift reads without calling back:
//
//   word = kind << 56 | payload
//   'o' object, 'a' array: payload = index of the word after the container; the next word holds
//                           the member/element count. Objects hold key, value, key, value, ...
//   's' string:            payload = offset into the string bytes; the next word holds the length.
//   'i' int64:             the next word holds the two's-complement value.
//   'd' double:            the next word holds the IEEE-754 bits (uint64 values above INT64_MAX too).
//   't' true, 'f' false, 'n' null: one word.
//
// No C++ exception crosses this boundary: every function is noexcept and reports error codes.
#ifndef CSIMDJSON_H
#define CSIMDJSON_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// An opaque parser: reuse one per thread; it owns the tape of the last parse.
typedef struct tg_json_parser tg_json_parser;

/// The readable bytes that must follow the input (simdjson's SIMDJSON_PADDING).
size_t tg_json_padding(void);

/// A new parser accepting nesting up to `max_depth`, or NULL when out of memory.
tg_json_parser *tg_json_parser_new(size_t max_depth);

/// Frees a parser (NULL is allowed).
void tg_json_parser_free(tg_json_parser *parser);

/// Parses `length` bytes at `bytes`, which must be followed by tg_json_padding() readable bytes.
/// Returns 0 on success, else simdjson's error code (see tg_json_error_message).
int tg_json_parse(tg_json_parser *parser, const uint8_t *bytes, size_t length);

/// The tape of the last successful parse and its length in words.
const uint64_t *tg_json_tape(const tg_json_parser *parser, size_t *count);

/// The string bytes of the last successful parse and their length.
const uint8_t *tg_json_strings(const tg_json_parser *parser, size_t *count);

/// simdjson's message for an error code.
const char *tg_json_error_message(int code);

#ifdef __cplusplus
}
#endif

#endif
