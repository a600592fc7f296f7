//! The cue lexicon: phrases that signal a stance, its direction, who benefits, and the small
//! word lists (negation, hedges, prepositions) the rules consult around them.
//!
//! Phrases are matched case-insensitively as whole words over the normalised text, leftmost-longest,
//! in one Aho-Corasick pass. Single function words are checked on tokens by the rules instead, so a
//! hedge such as "would" never competes with a longer phrase for the same bytes.

/// What a matched phrase signals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cue {
    /// recognize, recognition, accept (the results).
    Recognize,
    /// "only recognizes" (… until a date): a limited recognition is a rejection.
    RecognizeOnly,
    /// support, ally, backing, close relationship, defend, congratulate, solidarity…
    Support,
    /// ally, allies, partner, backer: a noun that may follow its actor or VEN's possessive.
    SupportNoun,
    /// "come to the aid of": support, and in an asylum section also protection.
    Aid,
    /// attend(ed) — recognition when the object is Maduro's inauguration.
    Attend,
    /// inauguration, swearing-in: the object of [`Cue::Attend`].
    Inauguration,
    /// rejected, condemned, denounced.
    RejectVerb,
    /// recount, review, verification, audit, transparency, questioned, contested, concerns.
    RejectElection,
    /// fraud, fraudulent, sham, illegitimate: rejection when the actor calls it so.
    Fraud,
    /// sanctions, indictment, bounty, reward, terrorist designation, ICC, pressure, overthrow.
    Sanction,
    /// step down, resignation, departure, give up power…: rejection when demanded.
    Departure,
    /// won the most votes, obtuvo más votos, obteve mais votos: rejection when someone says
    /// an opposition figure did.
    RivalWon,
    /// firm measures: rejection when aimed at Maduro.
    Measures,
    /// break, cut, sever, suspend (ties).
    BreakVerb,
    /// expel, expulsion, persona non grata.
    ExpelVerb,
    /// withdraw, recall, pull out, close, leave (diplomats, embassy).
    WithdrawVerb,
    /// ties, relations.
    Ties,
    /// diplomats, ambassador, embassy, diplomatic staff…
    Diplomats,
    /// asylum, refuge, safe haven, sanctuary.
    Asylum,
    /// protect, shelter, host, receive, welcome, take in: asylum with a person as object.
    Protect,
    /// seek, request, ask for, apply for: the asylum is wanted, not (yet) granted.
    Seek,
    /// extradition: protection when guaranteed against.
    Extradition,
    /// guarantees, immunity: with [`Cue::Extradition`].
    Guarantee,
    /// Who benefits from asylum.
    BenRegime,
    BenOpposition,
    /// A named opposition figure's role: "opposition leader", "regime prisoner" (remembers names).
    OppositionRole,
    /// election, results, victory, re-election, mandate: objects of recognition.
    ElectionWord,
    /// "followed suit", "did the same": the previous sentence's stances, for new holders.
    FollowedSuit,
    /// "joined by", "signed by": the stances just reported (earlier in the sentence, or in the
    /// previous one), for the countries named after it.
    JoinedBy,
    /// legitimate, triumph, free and fair: approval when said of Maduro's side or his election.
    Praise,
    /// coup, aggression, blockade, strikes: condemning one aimed at Maduro's side supports it.
    Attack,
    /// intervention, interference: rejecting one aimed at Venezuela is no stance either way.
    Intervention,
    /// launched, carried out, conducted: with an attack aimed at Venezuela, its author rejects
    /// Maduro ("the United States carried out strikes on Caracas").
    Launch,
    /// go to, flee to, bound for, rumbo a, fugir para: where someone could go. Hedged, with
    /// Maduro as its subject and a country right after, that country is an exile destination.
    Flight,
}

impl Cue {
    /// Whether the cue can make a stance by itself (the others only qualify one).
    pub fn is_trigger(self) -> bool {
        !matches!(
            self,
            Cue::Inauguration
                | Cue::Ties
                | Cue::Diplomats
                | Cue::Seek
                | Cue::Guarantee
                | Cue::BenRegime
                | Cue::BenOpposition
                | Cue::OppositionRole
                | Cue::ElectionWord
                | Cue::Intervention
        )
    }
}
