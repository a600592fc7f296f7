//! Prints the claims of the text given as arguments (a developer's probe).
fn main() {
    let text = std::env::args().skip(1).collect::<Vec<_>>().join(" ");
    for c in atlas_core::extract::Extractor::global().extract(&text, None) {
        println!(
            "{} {} {} {:?} {:?} {} [{}]",
            c.actor,
            c.stance.id(),
            c.certainty.id(),
            c.beneficiary,
            c.initiator,
            c.rule,
            &text[c.mention_start as usize..c.mention_end as usize]
        );
    }
}
