//! JSON for the reader's own articles, share links and the claims download: a strict parser and a
//! writer whose output is byte for byte serde_json's.
//!
//! The app's wasm used serde_json for three small documents; it brought its parser, its float
//! tables, the B-tree behind `serde_json::Value`'s map and serde's glue into every first visit.
//! Measured with `cargo xtask dist && cargo xtask size` and `tools/wasm_parts.py` (2026-11-23):
//! with this module instead, the app's wasm went from 652,368 to 639,914 bytes (207.4 to 202.1 KiB
//! brotli) and the first visit from 242.6 to 237.2 KiB. serde_json's code had cost 3.7 KiB brotli
//! on the margin, the B-tree code it kept in `alloc` 0.9 KiB, and its tables and panic locations
//! 2.2 KiB of data; this module costs 2.9 KiB.
//!
//! - [`parse`] follows RFC 8259 and refuses what serde_json refuses, at the same line and column
//!   (control characters in strings, lone surrogates, leading zeros, trailing commas or text,
//!   nesting deeper than 127, numbers an `f64` cannot hold). Objects keep their members in
//!   document order; a repeated key is kept and look-ups see the last, as serde_json's map does.
//!   Numbers keep their text: [`Value::as_u64`] converts on demand, and no field read here is a float.
//! - [`Writer`] writes compact (`serde_json::to_string`) or pretty (`to_string_pretty`: two spaces,
//!   `": "`) JSON, escaping strings exactly as serde_json does.
//!
//! ```
//! use atlas_core::json::{parse, Value, Writer};
//! let doc = parse(r#"{"id": "a\u00e9", "n": 12, "n": 13}"#).unwrap();
//! assert_eq!(doc.get("id").and_then(Value::as_str), Some("aé"));
//! assert_eq!(doc.get("n").and_then(Value::as_u64), Some(13));
//! let e = parse("[1,\n 2,]").unwrap_err();
//! assert_eq!((e.line, e.column), (2, 4));
//!
//! let mut w = Writer::new(true);
//! w.begin_object();
//! w.key("tags");
//! w.begin_array();
//! w.element();
//! w.string("a\"b");
//! w.end_array();
//! w.end_object();
//! assert_eq!(w.finish(), "{\n  \"tags\": [\n    \"a\\\"b\"\n  ]\n}");
//! ```

use std::fmt;
use ErrorKind::*;

/// A parsed JSON value.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Value {
    #[default]
    Null,
    Bool(bool),
    /// The number as written: valid JSON, and finite as an `f64`.
    Number(String),
    String(String),
    Array(Vec<Value>),
    Object(Object),
}

/// An object's members in document order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Object(pub Vec<(String, Value)>);

impl Object {
    /// The value of `key`; of its last occurrence if it is repeated.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// As [`Object::get`], to change or take the value.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value> {
        self.0.iter_mut().rev().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// Adds `key` with `value` unless the object has it already.
    pub fn insert_if_absent(&mut self, key: &str, value: Value) {
        if self.get(key).is_none() {
            self.0.push((key.to_string(), value));
        }
    }
}

impl Value {
    /// The member `key` of an object (its last occurrence); `None` for anything else.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(o) => o.get(key),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// A number written as a non-negative integer that fits in a `u64`; `None` for `1.0`, `1e3`,
    /// `-0` or `18446744073709551616`, as serde_json's `as_u64`.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            // The grammar already refused a sign other than `-`, and std refuses `-`, `.` and `e`.
            Value::Number(n) => n.parse().ok(),
            _ => None,
        }
    }

    /// The value, leaving `null` in its place.
    pub fn take(&mut self) -> Value {
        std::mem::take(self)
    }
}

/// What is wrong with a text that is not JSON; named after serde_json's error codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    EofWhileParsingList,
    EofWhileParsingObject,
    EofWhileParsingString,
    EofWhileParsingValue,
    ExpectedColon,
    ExpectedListCommaOrEnd,
    ExpectedObjectCommaOrEnd,
    ExpectedSomeIdent,
    ExpectedSomeValue,
    InvalidEscape,
    InvalidNumber,
    NumberOutOfRange,
    ControlCharacterWhileParsingString,
    KeyMustBeAString,
    LoneLeadingSurrogateInHexEscape,
    TrailingComma,
    TrailingCharacters,
    UnexpectedEndOfHexEscape,
    RecursionLimitExceeded,
}

/// Why and where a text is not JSON. `line` counts from 1; `column` is the byte count within the
/// line up to and including the byte that gave the error away (0 just after a line break; at the
/// end of the text, the length of its last line), both as serde_json reports them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Error {
    pub kind: ErrorKind,
    /// Byte offset in the text just past the byte that gave the error away.
    pub offset: usize,
    pub line: usize,
    pub column: usize,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?} at line {}, column {}", self.kind, self.line, self.column)
    }
}

impl std::error::Error for Error {}

/// serde_json's recursion limit: the 128th nested array or object is refused.
const DEPTH: u32 = 128;

/// Parses one JSON value, with nothing but whitespace after it.
pub fn parse(text: &str) -> Result<Value, Error> {
    let mut p = Parser { text, i: 0, depth_left: DEPTH };
    let value = p.value()?;
    match p.whitespace() {
        Some(_) => Err(p.peek_error(ErrorKind::TrailingCharacters)),
        None => Ok(value),
    }
}

/// A direct reading of serde_json's `Deserializer` (`from_str` into a `Value`), step for step,
/// so that every error surfaces at the same place; `error` and `peek_error` are its two ways of
/// placing one.
struct Parser<'a> {
    text: &'a str,
    i: usize,
    depth_left: u32,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.i).copied()
    }

    fn peek_or_null(&self) -> u8 {
        self.peek().unwrap_or(0)
    }

    fn next(&mut self) -> Option<u8> {
        let b = self.peek()?;
        self.i += 1;
        Some(b)
    }

    /// An error about the byte just read.
    fn error(&self, kind: ErrorKind) -> Error {
        error_at(self.text, kind, self.i)
    }

    /// An error about the byte about to be read.
    fn peek_error(&self, kind: ErrorKind) -> Error {
        error_at(self.text, kind, (self.i + 1).min(self.text.len()))
    }

    fn whitespace(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.peek() {
            self.i += 1;
        }
        self.peek()
    }

    fn value(&mut self) -> Result<Value, Error> {
        let Some(first) = self.whitespace() else {
            return Err(self.peek_error(EofWhileParsingValue));
        };
        Ok(match first {
            b'n' => self.ident(b"null", Value::Null)?,
            b't' => self.ident(b"true", Value::Bool(true))?,
            b'f' => self.ident(b"false", Value::Bool(false))?,
            b'-' | b'0'..=b'9' => {
                let start = self.i;
                self.i += usize::from(first == b'-');
                self.number()?;
                Value::Number(self.text[start..self.i].to_string())
            }
            b'"' => {
                self.i += 1;
                Value::String(self.string()?)
            }
            b'[' | b'{' => {
                self.depth_left -= 1;
                if self.depth_left == 0 {
                    return Err(self.peek_error(RecursionLimitExceeded));
                }
                self.i += 1;
                let value = if first == b'[' { Value::Array(self.array()?) } else { self.object()? };
                self.depth_left += 1;
                // The closing bracket, which `array` and `object` stopped at.
                self.i += 1;
                value
            }
            _ => return Err(self.peek_error(ExpectedSomeValue)),
        })
    }

    fn ident(&mut self, word: &[u8], value: Value) -> Result<Value, Error> {
        self.i += 1;
        for &expected in &word[1..] {
            match self.next() {
                None => return Err(self.error(EofWhileParsingValue)),
                Some(b) if b != expected => return Err(self.error(ExpectedSomeIdent)),
                Some(_) => {}
            }
        }
        Ok(value)
    }

    /// Before each element or member: `Ok(false)` at the closing bracket, `Ok(true)` when another
    /// one follows (the comma consumed).
    fn has_next(&mut self, first: bool, close: u8, eof: ErrorKind) -> Result<bool, Error> {
        let object = close == b'}';
        match self.whitespace() {
            None => Err(self.peek_error(eof)),
            Some(b) if b == close => Ok(false),
            Some(b) if first && object && b != b'"' => Err(self.peek_error(KeyMustBeAString)),
            Some(_) if first => Ok(true),
            Some(b',') => {
                self.i += 1;
                match self.whitespace() {
                    Some(b) if b == close => Err(self.peek_error(TrailingComma)),
                    Some(b'"') => Ok(true),
                    Some(_) if object => Err(self.peek_error(KeyMustBeAString)),
                    Some(_) => Ok(true),
                    None => Err(self.peek_error(EofWhileParsingValue)),
                }
            }
            Some(_) if object => Err(self.peek_error(ExpectedObjectCommaOrEnd)),
            Some(_) => Err(self.peek_error(ExpectedListCommaOrEnd)),
        }
    }

    fn array(&mut self) -> Result<Vec<Value>, Error> {
        let mut items = Vec::new();
        while self.has_next(items.is_empty(), b']', EofWhileParsingList)? {
            items.push(self.value()?);
        }
        Ok(items)
    }

    fn object(&mut self) -> Result<Value, Error> {
        let mut members = Vec::new();
        while self.has_next(members.is_empty(), b'}', EofWhileParsingObject)? {
            self.i += 1;
            let key = self.string()?;
            match self.whitespace() {
                Some(b':') => self.i += 1,
                Some(_) => return Err(self.peek_error(ExpectedColon)),
                None => return Err(self.peek_error(EofWhileParsingObject)),
            }
            members.push((key, self.value()?));
        }
        Ok(Value::Object(Object(members)))
    }

    /// The rest of a string whose opening quote was read.
    fn string(&mut self) -> Result<String, Error> {
        let mut out = String::new();
        let mut start = self.i;
        loop {
            while self.peek().is_some_and(|b| b != b'"' && b != b'\\' && b >= 0x20) {
                self.i += 1;
            }
            let Some(b) = self.next() else {
                return Err(self.error(EofWhileParsingString));
            };
            out.push_str(&self.text[start..self.i - 1]);
            match b {
                b'"' => return Ok(out),
                b'\\' => {
                    self.escape(&mut out)?;
                    start = self.i;
                }
                _ => return Err(self.error(ControlCharacterWhileParsingString)),
            }
        }
    }

    fn escape(&mut self, out: &mut String) -> Result<(), Error> {
        let c = match self.next() {
            None => return Err(self.error(EofWhileParsingString)),
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\x08',
            Some(b'f') => '\x0c',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                let n = self.hex4()?;
                let c = match n {
                    0xDC00..=0xDFFF => return Err(self.error(LoneLeadingSurrogateInHexEscape)),
                    0xD800..=0xDBFF => {
                        for expected in [b'\\', b'u'] {
                            match self.next() {
                                None => return Err(self.error(EofWhileParsingString)),
                                Some(b) if b != expected => return Err(self.error(UnexpectedEndOfHexEscape)),
                                Some(_) => {}
                            }
                        }
                        let low = self.hex4()?;
                        if !(0xDC00..=0xDFFF).contains(&low) {
                            return Err(self.error(LoneLeadingSurrogateInHexEscape));
                        }
                        0x1_0000 + (((n - 0xD800) << 10) | (low - 0xDC00))
                    }
                    n => n,
                };
                // Surrogates are excluded above, so every value left is a char.
                char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER)
            }
            Some(_) => return Err(self.error(InvalidEscape)),
        };
        out.push(c);
        Ok(())
    }

    fn hex4(&mut self) -> Result<u32, Error> {
        let Some(digits) = self.text.as_bytes().get(self.i..self.i + 4) else {
            self.i = self.text.len();
            return Err(self.error(EofWhileParsingString));
        };
        self.i += 4;
        digits
            .iter()
            .try_fold(0, |n, &d| Some(n << 4 | char::from(d).to_digit(16)?))
            .ok_or_else(|| self.error(InvalidEscape))
    }

    /// A number, its `-` already read: checks it as serde_json does (without `float_roundtrip`),
    /// keeping the significand and exponent it would compute only to tell whether the value is
    /// out of an `f64`'s range.
    fn number(&mut self) -> Result<(), Error> {
        fn overflows(n: u64, digit: u64) -> bool {
            n >= u64::MAX / 10 && (n > u64::MAX / 10 || digit > u64::MAX % 10)
        }
        let digit = |b: u8| u64::from(b - b'0');
        let mut significand = match self.next() {
            None => return Err(self.error(EofWhileParsingValue)),
            Some(b'0') if self.peek_or_null().is_ascii_digit() => return Err(self.peek_error(InvalidNumber)),
            Some(b @ b'0'..=b'9') => digit(b),
            Some(_) => return Err(self.error(InvalidNumber)),
        };
        // Digits past what a u64 holds only scale the value.
        let mut exponent = 0i32;
        let mut long = false;
        while let b @ b'0'..=b'9' = self.peek_or_null() {
            self.i += 1;
            long |= overflows(significand, digit(b));
            if long {
                exponent += 1;
            } else {
                significand = significand * 10 + digit(b);
            }
        }
        let integer = self.peek_or_null() != b'.' && !matches!(self.peek_or_null(), b'e' | b'E');
        if integer && !long {
            return Ok(());
        }
        if self.peek_or_null() == b'.' {
            self.i += 1;
            let mut fraction_digits = 0;
            let mut overflowed = false;
            while let b @ b'0'..=b'9' = self.peek_or_null() {
                self.i += 1;
                overflowed |= overflows(significand, digit(b));
                if !overflowed {
                    significand = significand * 10 + digit(b);
                    fraction_digits += 1;
                }
            }
            if fraction_digits == 0 && !overflowed {
                return Err(match self.peek() {
                    Some(_) => self.peek_error(InvalidNumber),
                    None => self.peek_error(EofWhileParsingValue),
                });
            }
            exponent -= fraction_digits;
        }
        if let b'e' | b'E' = self.peek_or_null() {
            self.i += 1;
            let positive = self.peek_or_null() != b'-';
            if let b'-' | b'+' = self.peek_or_null() {
                self.i += 1;
            }
            let mut e = match self.next() {
                None => return Err(self.error(EofWhileParsingValue)),
                Some(b @ b'0'..=b'9') => i32::from(b - b'0'),
                Some(_) => return Err(self.error(InvalidNumber)),
            };
            while let b @ b'0'..=b'9' = self.peek_or_null() {
                self.i += 1;
                let d = i32::from(b - b'0');
                if e >= i32::MAX / 10 && (e > i32::MAX / 10 || d > i32::MAX % 10) {
                    // So large an exponent makes infinity (an error) or zero.
                    if significand != 0 && positive {
                        return Err(self.error(NumberOutOfRange));
                    }
                    while self.peek_or_null().is_ascii_digit() {
                        self.i += 1;
                    }
                    return Ok(());
                }
                e = e * 10 + d;
            }
            exponent = if positive { exponent.saturating_add(e) } else { exponent.saturating_sub(e) };
        }
        if out_of_range(significand, exponent) {
            return Err(self.error(NumberOutOfRange));
        }
        Ok(())
    }
}

fn error_at(text: &str, kind: ErrorKind, offset: usize) -> Error {
    let before = &text.as_bytes()[..offset];
    let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
    let line = 1 + before[..line_start].iter().filter(|&&b| b == b'\n').count();
    Error { kind, offset, line, column: offset - line_start }
}

/// Whether serde_json refuses `significand × 10^exponent` as too large: it multiplies the
/// significand by a power of ten as an `f64` and fails on infinity. Counting digits settles every
/// value but those from 1e308 to 1e309, for which the same multiplication is done here.
fn out_of_range(significand: u64, exponent: i32) -> bool {
    if significand == 0 || exponent < 0 {
        return false;
    }
    if exponent > 308 {
        return true;
    }
    match significand.ilog10() as i32 + exponent {
        308 => {
            // 1e289 … 1e308: the significand has at most 20 digits. Literals, not parsed at run time.
            const POW10: [f64; 20] = [
                1e289, 1e290, 1e291, 1e292, 1e293, 1e294, 1e295, 1e296, 1e297, 1e298, 1e299, 1e300, 1e301,
                1e302, 1e303, 1e304, 1e305, 1e306, 1e307, 1e308,
            ];
            (significand as f64 * POW10[(exponent - 289) as usize]).is_infinite()
        }
        e => e > 308,
    }
}

/// Writes JSON as serde_json's `to_string` (compact) or `to_string_pretty` does.
///
/// The caller states the shape: [`Writer::key`] before each member of an object,
/// [`Writer::element`] before each element of an array, then the value.
#[derive(Clone, Debug, Default)]
pub struct Writer {
    out: String,
    pretty: bool,
    depth: usize,
    /// Whether the innermost open array or object has nothing in it yet.
    empty: bool,
}

impl Writer {
    pub fn new(pretty: bool) -> Writer {
        Writer { pretty, ..Writer::default() }
    }

    pub fn finish(self) -> String {
        self.out
    }

    pub fn begin_object(&mut self) {
        self.open('{');
    }

    pub fn end_object(&mut self) {
        self.close('}');
    }

    pub fn begin_array(&mut self) {
        self.open('[');
    }

    pub fn end_array(&mut self) {
        self.close(']');
    }

    /// Starts the next member of the open object.
    pub fn key(&mut self, key: &str) {
        self.separate();
        self.string(key);
        self.out.push_str(if self.pretty { ": " } else { ":" });
    }

    /// Starts the next element of the open array.
    pub fn element(&mut self) {
        self.separate();
    }

    pub fn null(&mut self) {
        self.out.push_str("null");
    }

    pub fn bool(&mut self, b: bool) {
        self.out.push_str(if b { "true" } else { "false" });
    }

    pub fn u64(&mut self, n: u64) {
        self.out.push_str(&n.to_string());
    }

    /// A string, or `null` for `None`.
    pub fn string_or_null(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.string(s),
            None => self.null(),
        }
    }

    /// A string, escaped as serde_json does: `"` and `\`, the short escapes `\b \t \n \f \r`, other
    /// control characters as `\u00xx` in lower case; everything else as it is.
    pub fn string(&mut self, s: &str) {
        self.out.push('"');
        let mut start = 0;
        for (i, b) in s.bytes().enumerate() {
            let short = match b {
                b'"' => b'"',
                b'\\' => b'\\',
                0x08 => b'b',
                b'\t' => b't',
                b'\n' => b'n',
                0x0c => b'f',
                b'\r' => b'r',
                0..=0x1f => b'u',
                _ => continue,
            };
            self.out.push_str(&s[start..i]);
            start = i + 1;
            self.out.push('\\');
            self.out.push(char::from(short));
            if short == b'u' {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                self.out.push_str("00");
                self.out.push(char::from(HEX[usize::from(b >> 4)]));
                self.out.push(char::from(HEX[usize::from(b & 15)]));
            }
        }
        self.out.push_str(&s[start..]);
        self.out.push('"');
    }

    fn separate(&mut self) {
        if !self.empty {
            self.out.push(',');
        }
        self.empty = false;
        if self.pretty {
            self.newline();
        }
    }

    fn newline(&mut self) {
        self.out.push('\n');
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
    }

    fn open(&mut self, bracket: char) {
        self.out.push(bracket);
        self.depth += 1;
        self.empty = true;
    }

    fn close(&mut self, bracket: char) {
        self.depth -= 1;
        if self.pretty && !self.empty {
            self.newline();
        }
        self.out.push(bracket);
        self.empty = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Writes a serde_json value with [`Writer`], members in the map's order.
    fn write(w: &mut Writer, v: &serde_json::Value) {
        match v {
            serde_json::Value::Null => w.null(),
            serde_json::Value::Bool(b) => w.bool(*b),
            serde_json::Value::Number(n) => w.u64(n.as_u64().expect("the writer writes u64 only")),
            serde_json::Value::String(s) => w.string(s),
            serde_json::Value::Array(items) => {
                w.begin_array();
                for item in items {
                    w.element();
                    write(w, item);
                }
                w.end_array();
            }
            serde_json::Value::Object(members) => {
                w.begin_object();
                for (k, v) in members {
                    w.key(k);
                    write(w, v);
                }
                w.end_object();
            }
        }
    }

    fn written(v: &serde_json::Value, pretty: bool) -> String {
        let mut w = Writer::new(pretty);
        write(&mut w, v);
        w.finish()
    }

    /// The parsed value as serde_json's: numbers read from their text by serde_json itself, a
    /// repeated key's last value kept.
    fn to_serde(v: &Value) -> serde_json::Value {
        match v {
            Value::Null => serde_json::Value::Null,
            Value::Bool(b) => serde_json::Value::Bool(*b),
            Value::Number(n) => serde_json::from_str(n).unwrap(),
            Value::String(s) => serde_json::Value::String(s.clone()),
            Value::Array(items) => serde_json::Value::Array(items.iter().map(to_serde).collect()),
            Value::Object(o) => {
                serde_json::Value::Object(o.0.iter().map(|(k, v)| (k.clone(), to_serde(v))).collect())
            }
        }
    }

    /// serde_json's message for each kind, to check both name the same fault.
    fn serde_message(kind: ErrorKind) -> &'static str {
        match kind {
            EofWhileParsingList => "EOF while parsing a list",
            EofWhileParsingObject => "EOF while parsing an object",
            EofWhileParsingString => "EOF while parsing a string",
            EofWhileParsingValue => "EOF while parsing a value",
            ExpectedColon => "expected `:`",
            ExpectedListCommaOrEnd => "expected `,` or `]`",
            ExpectedObjectCommaOrEnd => "expected `,` or `}`",
            ExpectedSomeIdent => "expected ident",
            ExpectedSomeValue => "expected value",
            InvalidEscape => "invalid escape",
            InvalidNumber => "invalid number",
            NumberOutOfRange => "number out of range",
            ControlCharacterWhileParsingString => {
                "control character (\\u0000-\\u001F) found while parsing a string"
            }
            KeyMustBeAString => "key must be a string",
            LoneLeadingSurrogateInHexEscape => "lone leading surrogate in hex escape",
            TrailingComma => "trailing comma",
            TrailingCharacters => "trailing characters",
            UnexpectedEndOfHexEscape => "unexpected end of hex escape",
            RecursionLimitExceeded => "recursion limit exceeded",
        }
    }

    /// Parses `text` with both parsers and checks they agree: the same value, or the same fault at
    /// the same line and column.
    fn agrees_with_serde(text: &str) -> Result<(), String> {
        let ours = parse(text);
        let theirs = serde_json::from_str::<serde_json::Value>(text);
        match (&ours, &theirs) {
            (Ok(a), Ok(b)) if to_serde(a) == *b => Ok(()),
            (Err(a), Err(b))
                if (a.line, a.column) == (b.line(), b.column())
                    && b.to_string()
                        == format!("{} at line {} column {}", serde_message(a.kind), a.line, a.column) =>
            {
                Ok(())
            }
            _ => Err(format!("{text:?}: ours {ours:?}, serde_json's {theirs:?}")),
        }
    }

    fn any_string() -> impl Strategy<Value = String> {
        prop_oneof![any::<String>(), "[\\x00-\\x20\"\\\\/a\\u{7f}\\u{80}é\\u{2028}😀]{0,12}"]
    }

    fn any_value(numbers: BoxedStrategy<serde_json::Value>) -> impl Strategy<Value = serde_json::Value> {
        let leaf = prop_oneof![
            Just(serde_json::Value::Null),
            any::<bool>().prop_map(serde_json::Value::Bool),
            numbers,
            any_string().prop_map(serde_json::Value::String),
        ];
        leaf.prop_recursive(4, 40, 6, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
                proptest::collection::vec((any_string(), inner), 0..6)
                    .prop_map(|members| serde_json::Value::Object(members.into_iter().collect())),
            ]
        })
    }

    fn unsigned() -> BoxedStrategy<serde_json::Value> {
        any::<u64>().prop_map(serde_json::Value::from).boxed()
    }

    fn any_number() -> BoxedStrategy<serde_json::Value> {
        prop_oneof![
            any::<u64>().prop_map(serde_json::Value::from),
            any::<i64>().prop_map(serde_json::Value::from),
            any::<f64>().prop_filter_map("finite", |f| serde_json::Number::from_f64(f).map(Into::into)),
        ]
        .boxed()
    }

    /// Text close to JSON, so that most of it is nearly valid and the faults are varied.
    fn json_like() -> impl Strategy<Value = String> {
        let token = prop_oneof![
            "[\\[\\]{}:, \\n\\t\\r\"\\\\]",
            "(true|false|null|tru|nul|fals)",
            "-?(0|[1-9][0-9]{0,3}|[0-9]{18,22})(\\.[0-9]{0,3})?([eE][+-]?[0-9]{0,4})?",
            "\\\\(u[0-9a-fA-FdD]{0,4}|[\"\\\\/bfnrtx])",
            "\\\\u[dD][89abAB][0-9a-f]{2}(\\\\u[dD][c-fC-F][0-9a-f]{2})?",
            "\"[a-z é\\x01]{0,4}\"",
            "[a-z\\x00\\x1f\\u{80}é]",
        ];
        let start = prop_oneof![Just(""), Just("["), Just("{\"a\":"), Just("[{\"b\": [")];
        (start, proptest::collection::vec(token, 0..24))
            .prop_map(|(start, tokens)| start.to_string() + &tokens.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn the_writer_writes_what_serde_json_writes(v in any_value(unsigned())) {
            prop_assert_eq!(written(&v, false), serde_json::to_string(&v).unwrap());
            prop_assert_eq!(written(&v, true), serde_json::to_string_pretty(&v).unwrap());
        }

        #[test]
        fn any_string_is_escaped_as_serde_json_escapes_it(s in any_string()) {
            let mut w = Writer::new(false);
            w.string(&s);
            prop_assert_eq!(w.finish(), serde_json::to_string(&s).unwrap());
        }

        #[test]
        fn what_serde_json_writes_parses_to_the_same_value(v in any_value(any_number())) {
            for text in [serde_json::to_string(&v).unwrap(), serde_json::to_string_pretty(&v).unwrap()] {
                let parsed = parse(&text).map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
                // serde_json's floats do not round-trip exactly; what it reads back is the reference.
                let reread: serde_json::Value = serde_json::from_str(&text).unwrap();
                prop_assert_eq!(to_serde(&parsed), reread);
            }
        }

        #[test]
        fn json_like_text_is_read_or_refused_as_serde_json_does(text in json_like()) {
            agrees_with_serde(&text).map_err(TestCaseError::fail)?;
        }

        #[test]
        fn damaged_documents_are_refused_where_serde_json_refuses_them(
            v in any_value(any_number()),
            cut in any::<proptest::sample::Index>(),
            insert in any::<proptest::sample::Index>(),
            byte in prop_oneof![Just(""), Just(","), Just("\""), Just("]"), Just("}"), Just("\\"), Just("0"), Just("\n"), Just("\u{1}")],
        ) {
            let text = serde_json::to_string_pretty(&v).unwrap();
            let boundaries: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
            let cut = *cut.get(&boundaries);
            agrees_with_serde(&text[..cut]).map_err(TestCaseError::fail)?;
            let at = *insert.get(&boundaries);
            agrees_with_serde(&format!("{}{byte}{}", &text[..at], &text[at..])).map_err(TestCaseError::fail)?;
        }
    }

    #[test]
    fn malformed_inputs_are_refused_with_the_fault_and_where_it_is() {
        let cases: [(&str, ErrorKind, usize, usize); 32] = [
            ("", EofWhileParsingValue, 1, 0),
            ("   ", EofWhileParsingValue, 1, 3),
            ("[1, 2", EofWhileParsingList, 1, 5),
            ("[1 2]", ExpectedListCommaOrEnd, 1, 4),
            ("[1,]", TrailingComma, 1, 4),
            ("[1,\n 2,]", TrailingComma, 2, 4),
            ("{\"a\" 1}", ExpectedColon, 1, 6),
            ("{\"a\": 1,}", TrailingComma, 1, 9),
            ("{\"a\": 1 \"b\": 2}", ExpectedObjectCommaOrEnd, 1, 9),
            ("{1: 2}", KeyMustBeAString, 1, 2),
            ("{\"a\": 1, 2: 3}", KeyMustBeAString, 1, 10),
            ("{\"a\"", EofWhileParsingObject, 1, 4),
            ("{\"a\": 1", EofWhileParsingObject, 1, 7),
            ("\"abc", EofWhileParsingString, 1, 4),
            ("\"a\tb\"", ControlCharacterWhileParsingString, 1, 3),
            ("\"a\nb\"", ControlCharacterWhileParsingString, 2, 0),
            ("\"\\x\"", InvalidEscape, 1, 3),
            ("\"\\u12G4\"", InvalidEscape, 1, 7),
            ("\"\\u12", EofWhileParsingString, 1, 5),
            ("\"\\udc00\"", LoneLeadingSurrogateInHexEscape, 1, 7),
            ("\"\\ud800\"", UnexpectedEndOfHexEscape, 1, 8),
            ("\"\\ud800\\n\"", UnexpectedEndOfHexEscape, 1, 9),
            ("\"\\ud800\\u0041\"", LoneLeadingSurrogateInHexEscape, 1, 13),
            ("01", InvalidNumber, 1, 2),
            ("-", EofWhileParsingValue, 1, 1),
            ("-a", InvalidNumber, 1, 2),
            ("1.", EofWhileParsingValue, 1, 2),
            ("1.e5", InvalidNumber, 1, 3),
            ("1e+", EofWhileParsingValue, 1, 3),
            ("1e400", NumberOutOfRange, 1, 5),
            ("nul", EofWhileParsingValue, 1, 3),
            ("[true] x", TrailingCharacters, 1, 8),
        ];
        for (text, kind, line, column) in cases {
            let e = parse(text).expect_err(text);
            assert_eq!((e.kind, e.line, e.column), (kind, line, column), "{text:?}");
            agrees_with_serde(text).unwrap();
        }
        for text in ["nulx", "+1", ".5", "[", "{", "]", "'a'", "\u{feff}1", "[1]]", "\"\\ud800\\udbff\""] {
            assert!(parse(text).is_err(), "{text:?}");
            agrees_with_serde(text).unwrap();
        }
    }

    #[test]
    fn numbers_are_refused_exactly_when_an_f64_cannot_hold_them() {
        let cases = [
            "1e308",
            "1e309",
            "-1e309",
            "1.7976931348623157e308",
            "1.7976931348623158e308",
            "1.7976931348623159e308",
            "17976931348623157e292",
            "179769313486231580000e288",
            "0.1e310",
            "10e308",
            "0e999999999999",
            "1e2147483647",
            "1e2147483648",
            "1e-2147483648",
            "0.0000000000000000000000000000001e330",
            "1e-400",
            "18446744073709551615",
            "18446744073709551616",
            "184467440737095516150.5e300",
            "12345678901234567890123456789.123e280",
        ];
        let long = ["9".repeat(308), "9".repeat(309), "9".repeat(400), format!("0.{}e400", "0".repeat(100))];
        for text in cases.iter().copied().chain(long.iter().map(String::as_str)) {
            agrees_with_serde(text).unwrap();
            agrees_with_serde(&format!("[{text}]")).unwrap();
        }
    }

    #[test]
    fn nesting_stops_where_serde_json_stops() {
        for depth in [126, 127, 128, 129, 500] {
            for (open, close) in [("[", "]"), ("{\"k\":", "}")] {
                let text = format!("{}{}", open.repeat(depth), close.repeat(depth)).replace(":}", ":0}");
                agrees_with_serde(&text).unwrap();
            }
        }
        assert!(parse(&format!("{}{}", "[".repeat(127), "]".repeat(127))).is_ok());
        let e = parse(&format!("{}{}", "[".repeat(128), "]".repeat(128))).unwrap_err();
        assert_eq!((e.kind, e.column), (RecursionLimitExceeded, 128));
    }

    #[test]
    fn a_repeated_key_reads_as_its_last_value_and_numbers_convert_on_demand() {
        let v = parse(
            r#"{"a": 1, "b": -1, "a": 2.0, "c": 18446744073709551615, "d": 18446744073709551616, "e": -0}"#,
        )
        .unwrap();
        let u = |k| v.get(k).and_then(Value::as_u64);
        assert_eq!((u("a"), u("b"), u("c"), u("d"), u("e")), (None, None, Some(u64::MAX), None, None));
        let Value::Object(mut o) = v else { panic!() };
        o.insert_if_absent("a", Value::Null);
        o.insert_if_absent("z", Value::Bool(true));
        assert_eq!(o.get("a"), Some(&Value::Number("2.0".into())));
        assert_eq!(o.get("z").and_then(Value::as_bool), Some(true));
    }
}
