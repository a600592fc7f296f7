//! Claims as bytes, for the boundary between the extractor module the web app loads on demand and
//! the app itself: two wasm instances share no Rust values, only bytes in one's memory.
//!
//! The encoding is a count then one record per claim, integers little-endian:
//! `stance u8, certainty u8, beneficiary u8 (0 none, 1 + index), start u32, end u32,
//! mention_start u32, mention_end u32, actor, initiator (empty for none), rule`, each string a
//! `u8` length and its UTF-8 bytes. Strings are codes, not indexes, so a decoder fails loudly on a
//! code it does not know instead of silently reading another one; the decoder maps each back to
//! the `&'static str` of the gazetteer or of [`RULE_IDS`], so nothing is leaked. The article index
//! is not carried: extraction reads one text, and [`crate::local::local_records`] sets it.
//!
//! ```
//! use atlas_core::extract::Extractor;
//! use atlas_core::wire;
//! let claims = Extractor::global().extract("Peru recalled its ambassador from Caracas.", None);
//! assert_eq!(wire::decode_claims(&wire::encode_claims(&claims)), Ok(claims));
//! ```

use crate::gazetteer::{BLOCS, COUNTRIES};
use crate::model::{Beneficiary, Certainty, Claim, Stance};
use std::fmt;

pub use crate::extract::RULE_IDS;

/// Why bytes could not be read back as claims (a module from another build, or damaged memory).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WireError {
    /// Byte offset where reading stopped.
    pub at: usize,
    pub what: String,
}

impl fmt::Display for WireError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "claims from the extractor are unreadable at byte {}: {}", self.at, self.what)
    }
}

/// The bytes of `claims`, in the format above. Strings longer than 255 bytes cannot occur (codes
/// and rule ids are short); they would be cut, and the decoder would then refuse them.
pub fn encode_claims(claims: &[Claim]) -> Vec<u8> {
    let mut out = Vec::with_capacity(4 + claims.len() * 40);
    out.extend_from_slice(&(claims.len() as u32).to_le_bytes());
    for c in claims {
        out.push(c.stance.index() as u8);
        out.push(Certainty::ALL.iter().position(|x| *x == c.certainty).unwrap_or(0) as u8);
        out.push(
            c.beneficiary.map_or(0, |b| 1 + Beneficiary::ALL.iter().position(|x| *x == b).unwrap_or(0) as u8),
        );
        for n in [c.start, c.end, c.mention_start, c.mention_end] {
            out.extend_from_slice(&n.to_le_bytes());
        }
        for s in [c.actor, c.initiator.unwrap_or(""), c.rule] {
            let bytes = &s.as_bytes()[..s.len().min(255)];
            out.push(bytes.len() as u8);
            out.extend_from_slice(bytes);
        }
    }
    out
}

/// The claims `bytes` encode, every string mapped to its static original. Never panics.
pub fn decode_claims(bytes: &[u8]) -> Result<Vec<Claim>, WireError> {
    let mut r = Reader { bytes, at: 0 };
    let count = r.u32()? as usize;
    // Each record takes at least 22 bytes: a larger count is damage, not a reason to allocate.
    if count > bytes.len() / 22 {
        return Err(r.error(format!("{count} claims cannot fit in {} bytes", bytes.len())));
    }
    let mut claims = Vec::with_capacity(count);
    for _ in 0..count {
        let stance = r.pick("stance", &Stance::ALL)?;
        let certainty = r.pick("certainty", &Certainty::ALL)?;
        let beneficiary = match r.u8()? {
            0 => None,
            n => Some(
                *Beneficiary::ALL
                    .get(usize::from(n) - 1)
                    .ok_or_else(|| r.error(format!("no beneficiary {n}")))?,
            ),
        };
        let (start, end, mention_start, mention_end) = (r.u32()?, r.u32()?, r.u32()?, r.u32()?);
        let actor = r.string()?;
        let actor = actor_code(actor).ok_or_else(|| r.error(format!("unknown actor `{actor}`")))?;
        let initiator = match r.string()? {
            "" => None,
            code => Some(actor_code(code).ok_or_else(|| r.error(format!("unknown initiator `{code}`")))?),
        };
        let rule = r.string()?;
        let rule = RULE_IDS
            .iter()
            .copied()
            .find(|id| *id == rule)
            .ok_or_else(|| r.error(format!("unknown rule `{rule}`")))?;
        claims.push(Claim {
            article: 0,
            actor,
            stance,
            certainty,
            beneficiary,
            initiator,
            start,
            end,
            mention_start,
            mention_end,
            rule,
        });
    }
    if r.at != bytes.len() {
        return Err(r.error(format!("{} bytes follow the last claim", bytes.len() - r.at)));
    }
    Ok(claims)
}

/// The gazetteer's own `&'static str` for an actor code.
fn actor_code(code: &str) -> Option<&'static str> {
    COUNTRIES.iter().map(|c| c.code).chain(BLOCS.iter().map(|b| b.code)).find(|c| *c == code)
}

struct Reader<'b> {
    bytes: &'b [u8],
    at: usize,
}

impl<'b> Reader<'b> {
    fn error(&self, what: String) -> WireError {
        WireError { at: self.at, what }
    }

    fn take(&mut self, n: usize) -> Result<&'b [u8], WireError> {
        let taken =
            self.bytes.get(self.at..self.at + n).ok_or_else(|| self.error("the bytes end early".into()))?;
        self.at += n;
        Ok(taken)
    }

    fn u8(&mut self) -> Result<u8, WireError> {
        Ok(self.take(1)?[0])
    }

    fn u32(&mut self) -> Result<u32, WireError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn pick<T: Copy>(&mut self, what: &str, all: &[T]) -> Result<T, WireError> {
        let n = self.u8()?;
        all.get(usize::from(n)).copied().ok_or_else(|| self.error(format!("no {what} {n}")))
    }

    fn string(&mut self) -> Result<&'b str, WireError> {
        let len = usize::from(self.u8()?);
        let bytes = self.take(len)?;
        std::str::from_utf8(bytes).map_err(|_| self.error("a code is not UTF-8".into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::parse_article_or_plain;
    use crate::extract::Extractor;
    use proptest::prelude::*;

    fn seed_claims() -> Vec<Claim> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus");
        let mut claims = Vec::new();
        for entry in std::fs::read_dir(dir).expect("the corpus folder") {
            let text = std::fs::read_to_string(entry.expect("an entry").path()).expect("a corpus file");
            let article = parse_article_or_plain("seed", &text).expect("a corpus article");
            claims.extend(Extractor::global().extract(article.body, article.meta.map(|m| m.date)));
        }
        claims
    }

    #[test]
    fn every_claim_of_the_seed_corpus_survives_the_round_trip() {
        let claims = seed_claims();
        assert!(claims.len() > 30, "{} claims", claims.len());
        assert!(
            claims.iter().any(|c| c.initiator.is_some()) && claims.iter().any(|c| c.beneficiary.is_some())
        );
        assert_eq!(decode_claims(&encode_claims(&claims)), Ok(claims));
        assert_eq!(decode_claims(&encode_claims(&[])), Ok(vec![]));
    }

    #[test]
    fn codes_and_rules_unknown_to_this_build_are_refused_by_name() {
        let claim = seed_claims()[0];
        let cases = [
            (Claim { actor: "XXX", ..claim }, "unknown actor `XXX`"),
            (Claim { initiator: Some("ZZ"), ..claim }, "unknown initiator `ZZ`"),
            (Claim { rule: "reject.by_magic", ..claim }, "unknown rule `reject.by_magic`"),
        ];
        for (claim, why) in cases {
            let e = decode_claims(&encode_claims(&[claim])).unwrap_err();
            assert!(e.to_string().contains(why), "{e}");
        }
        let mut extra = encode_claims(&[claim]);
        extra.push(0);
        assert!(decode_claims(&extra).unwrap_err().what.contains("1 bytes follow"));
        assert!(decode_claims(&[255, 255, 255, 255]).unwrap_err().what.contains("cannot fit"));
    }

    proptest! {
        #[test]
        fn any_bytes_decode_or_fail_without_panicking(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            let _ = decode_claims(&bytes);
        }

        #[test]
        fn any_cut_of_valid_bytes_fails_cleanly(cut in 0usize..10_000) {
            let bytes = encode_claims(&seed_claims()[..3]);
            let cut = cut % bytes.len();
            prop_assert!(decode_claims(&bytes[..cut]).is_err());
        }
    }
}
