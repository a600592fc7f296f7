//! The stance rules: for each cue in a prepared sentence, find who holds the stance (the nearest
//! agent before it, a source after it, a destination, an embassy's owner, or the countries a
//! generic phrase turns out to mean), then polarity, certainty, beneficiary and direction.

use super::cues::Cue;
use super::lexicon::Sense;
use super::mentions::{Kind, VENEZUELA};
use super::sentence::{Group, Role, View};
use crate::model::{Beneficiary, Certainty, Stance};

/// A claim before it is mapped back to the original text; spans are in the normalised text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found {
    pub actor: &'static str,
    pub stance: Stance,
    pub certainty: Certainty,
    pub beneficiary: Option<Beneficiary>,
    pub initiator: Option<&'static str>,
    pub mention: (usize, usize),
    pub rule: &'static str,
}

/// A stance whose holder is a generic phrase ("governments in the region … may be willing to grant
/// asylum"), waiting for the next sentence to name them ("Such is the case in Bolivia…").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pending {
    pub stance: Stance,
    pub certainty: Certainty,
    pub beneficiary: Option<Beneficiary>,
    /// How many the generic holder counted ("seven countries"), when it did: a list of that many
    /// in the next sentence names them, however it opens, or in the one after when the next
    /// names no list of that many.
    pub count: Option<usize>,
    /// Sentences it has waited past already.
    pub age: u8,
}

/// An asylum topic set by a heading ("Countries that could grant asylum to the Maduro regime").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Section {
    pub hedged: bool,
    pub beneficiary: Option<Beneficiary>,
}

/// What the rules know from earlier sentences.
#[derive(Default)]
pub struct Memory {
    pub venezuela_seen: bool,
    /// Whether an attack on Venezuela (strikes, a raid, a capture) has been reported, so that
    /// "the operation" later in the article is that attack.
    pub attack_seen: bool,
    /// Whether that attack was an armed one (not sanctions), so that "the military
    /// intervention" later is it too.
    pub armed_attack_seen: bool,
    /// Whether Maduro's inauguration has been reported, so that "… attended in person" or
    /// "Russia sent a delegation" later in the article attended it.
    pub inauguration_seen: bool,
    pub previous_had_venezuela: bool,
    pub previous_initiator: Option<&'static str>,
    pub pending: Vec<Pending>,
    pub section: Option<Section>,
    /// The stances the previous sentence reported, for "followed suit".
    pub previous: Vec<Pending>,
    /// Whether the article has spoken of an exile for Maduro's side (an asylum or a hedged
    /// journey with him named), so that "the destinations" later are his.
    pub exile_seen: bool,
    /// The stances of the list the article is in, if it is in one (see [`Outcome::section`]).
    pub list_section: Vec<Pending>,
    /// The stances of the latest sentence that reported any, and how many sentences came after
    /// it: "The U.S. recognised Guaidó. 'Venezuelans deserve …', Trump said. Canada followed
    /// within the hour."
    pub recent: Vec<Pending>,
    pub recent_age: u8,
    /// Every stance reported so far, by holder, for "joined Washington's decision".
    pub by_actor: Vec<(&'static str, Pending)>,
    /// Which of Maduro and an opposition figure the previous sentence named last, for "him" in a
    /// sentence that names neither ("González viajó a Buenos Aires. Milei lo recibió …").
    pub last_person: Option<Target>,
    /// Which of them the article named last, however long ago: whom "their backing" with no
    /// object is for.
    pub last_named: Option<Target>,
    /// The opposition's people when the article last spoke of some ("six opposition aides",
    /// "María Corina Machado"): whom "granted them asylum", "the asylum it granted the six" shelter.
    pub last_sheltered: Option<Beneficiary>,
}

/// Who holds a stance, as found before its cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Agent {
    Group(usize),
    Venezuela(usize),
    Generic(usize),
}

/// Output of one sentence: claims, plus stances left pending for the next.
pub struct Outcome {
    pub found: Vec<Found>,
    pub pending: Vec<Pending>,
    pub initiator: Option<&'static str>,
    /// Stances a heading or a line ending with a colon states without a holder ("A favor de
    /// Juan Guaidó:", "Who congratulated Maduro"): the list items under it hold them.
    pub section: Vec<Pending>,
    /// Whether the sentence is an item of such a list: a short line opening with a name.
    pub item: bool,
    /// Whether the sentence speaks of an exile for Maduro's side (see [`Memory::exile_seen`]).
    pub exile: bool,
    /// The stances of a document the sentence opens with and names no holder of ("The
    /// declaration denounces the regime …"), for its signatories named next.
    pub document: Vec<Pending>,
}

struct Ctx<'v, 't> {
    v: &'v View<'t>,
    mem: &'v Memory,
    found: Vec<Found>,
    pending: Vec<Pending>,
    initiator: Option<&'static str>,
    /// Stances found with no holder (see [`Outcome::section`]).
    headless: Vec<Pending>,
}

pub fn apply(v: &View<'_>, mem: &Memory) -> Outcome {
    let mut c = Ctx { v, mem, found: Vec::new(), pending: Vec::new(), initiator: None, headless: Vec::new() };
    // The environment is read once: looking a variable up scans it, and this runs per sentence.
    static DEBUG: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    if *DEBUG.get_or_init(|| std::env::var_os("ATLAS_DEBUG").is_some()) {
        let w: Vec<String> = (0..v.toks.len()).map(|i| format!("{i}:{}", v.word(i))).collect();
        eprintln!(
            "{}\n groups {:?}\n items {:?}\n generics {:?}\n cues {:?}",
            w.join(" "),
            v.groups,
            v.items,
            v.generics,
            v.cues
        );
    }
    c.carry();
    let item = c.list_item();
    for i in 0..v.cues.len() {
        let cue = v.cues[i];
        match cue.cue {
            Cue::Recognize | Cue::RecognizeOnly => c.recognition(i),
            Cue::Support | Cue::SupportNoun | Cue::Aid => c.support(i),
            Cue::Attend => c.attendance(i),
            Cue::RejectVerb => c.rejection(i),
            Cue::Praise => c.praise(i),
            Cue::RejectElection => c.election_doubt(i),
            Cue::Fraud => c.fraud(i),
            Cue::BenRegime if v.is(cue.tok_s, Sense::Insult) => c.called_dictator(i),
            Cue::Sanction => c.sanction(i),
            Cue::Departure => c.departure(i),
            Cue::RivalWon => c.rival_won(i),
            Cue::Measures => c.measures(i),
            Cue::BreakVerb | Cue::ExpelVerb | Cue::WithdrawVerb => c.ties(i),
            Cue::Asylum | Cue::Protect | Cue::Extradition => c.asylum(i),
            Cue::Launch => c.launch(i),
            Cue::Intervention => c.attack_author(i),
            Cue::Flight => c.flight(i),
            Cue::Attack => {
                c.attack_author(i);
                c.judged_attack(i);
                c.judged_unlawful(i);
            }
            _ => {}
        }
    }
    c.followed_suit();
    c.joined_by();
    c.exile_destinations();
    c.accusation();
    c.signatories();
    let document = if (0..v.toks.len().min(4)).any(|k| v.is(k, Sense::DocumentNoun)) {
        c.headless.clone()
    } else {
        Vec::new()
    };
    // A heading or a line before a list that a generic phrase holds ("Countries that recognise
    // Guaidó as president:") opens the list as a stance with no holder does.
    let section = if v.heading || c.ends_with_colon() || c.bullet_heading() {
        let mut section = std::mem::take(&mut c.headless);
        for p in &c.pending {
            let p = Pending { count: None, ..*p };
            if !section.contains(&p) {
                section.push(p);
            }
        }
        section
    } else {
        Vec::new()
    };
    let mut seen = Vec::new();
    let mut found: Vec<Found> = c
        .found
        .into_iter()
        .filter(|f| f.actor != VENEZUELA && !f.actor.is_empty())
        .filter(|f| {
            let key = (f.actor, f.stance);
            let new = !seen.contains(&key);
            seen.push(key);
            new
        })
        .collect();
    found.sort_by_key(|f| f.mention.0);
    let exile =
        found.iter().any(|f| f.stance == Stance::OfferAsylum && f.beneficiary == Some(Beneficiary::Regime))
            || ((v.cues.iter().any(|c| matches!(c.cue, Cue::Asylum | Cue::Flight | Cue::Protect))
                || v.any_word(0, v.toks.len(), Sense::ExileWord).is_some())
                && ((0..v.toks.len()).any(|i| v.regime_word(i))
                    || v.items.iter().any(|it| it.venezuela && it.kind == Kind::Regime)));
    Outcome { found, pending: c.pending, initiator: c.initiator, section, item, exile, document }
}

impl Ctx<'_, '_> {
    fn n(&self) -> usize {
        self.v.toks.len()
    }

    /// Start of the clause holding token `t`: after the last ";" (or a dash-free colon) before it.
    fn clause_start(&self, t: usize) -> usize {
        (0..t).rev().find(|&k| self.v.is_char(k, b';')).map_or(0, |k| k + 1)
    }

    fn clause_end(&self, t: usize) -> usize {
        (t..self.n()).find(|&k| self.v.is_char(k, b';')).unwrap_or(self.n())
    }

    /// Who holds a stance whose cue starts at `t`: the nearest possible holder before it — a
    /// list named as what a generic phrase stands for ("Cuba, Bolivia and Nicaragua were the only
    /// governments to voice support") is that list — or else a subject placed after the verb.
    fn agent_before(&self, t: usize) -> Option<Agent> {
        match self.nearest_holder_before(t) {
            Some(Agent::Generic(start)) => Some(
                self.predicated_list(start)
                    .or_else(|| self.possessed_list(start))
                    .unwrap_or(Agent::Generic(start)),
            ),
            Some(agent) => Some(agent),
            None => self.subject_after(t),
        }
    }

    /// "Cuba, Bolivia and Nicaragua were the only governments …", "Chile, the first country
    /// to …": the group a generic phrase is said of, by a copula or in apposition.
    fn predicated_list(&self, start: usize) -> Option<Agent> {
        let v = self.v;
        let head = v.generics.iter().find(|&&(s, _)| s == start)?.1;
        // "Brazil is among the countries that …", "Turkey was one of the few countries that …",
        // "Turquía fue uno de los pocos países que …": back over the partitive to the copula.
        let partitive = |k: usize| {
            v.is_in(k, Sense::ObjectPrep)
                || v.is(k, Sense::Of)
                || v.is(k, Sense::SingularDet)
                || v.is(k, Sense::Number)
                || v.is(k, Sense::The)
                || v.is(k, Sense::Determiner)
        };
        // An adverb may stand by the copula: "Brazil is also among …", "Uruguay también es uno
        // de los países que …".
        let adverb = |k: usize| {
            v.toks[k].word && !v.in_mention[k] && !v.cues.iter().any(|c| c.tok_s <= k && k < c.tok_e)
        };
        let mut k = start;
        let mut skipped = false;
        while k > 0
            && start - k < 4
            && (partitive(k - 1) || (!skipped && k > 1 && v.is(k - 2, Sense::Copula) && adverb(k - 1)))
        {
            skipped |= !partitive(k - 1);
            k -= 1;
        }
        let among = k > 0 && v.is(k - 1, Sense::Copula);
        let copula = if among { Some(k - 1) } else { (start..head).find(|&k| v.is(k, Sense::Copula)) };
        v.groups
            .iter()
            .position(|g| {
                g.role == Role::Agent
                    && !g.union
                    && match copula {
                        Some(k) => {
                            g.tok_e == k
                                || (g.tok_e + 1 == k && (v.is_char(g.tok_e, b',') || adverb(g.tok_e)))
                        }
                        None => g.tok_e + 1 == start && v.is_char(g.tok_e, b','),
                    }
            })
            .map(Agent::Group)
    }

    /// "gave diplomats from Argentina, Chile and Peru 72 hours to leave after their governments
    /// questioned …": a plural head with a possessive is the list named before it in the sentence.
    fn possessed_list(&self, start: usize) -> Option<Agent> {
        let v = self.v;
        if !v.is(start, Sense::Possessive) {
            return None;
        }
        v.groups
            .iter()
            .rposition(|g| g.tok_e <= start && g.actors.len() >= 2 && g.role != Role::Excluded && !g.union)
            .map(Agent::Group)
    }

    /// A subject that follows its verb: after a copula ("Among those who recognized Guaidó were
    /// the United States, Canada and the OAS"), or — in languages that allow it — closing the
    /// clause ("También cuestionaron la victoria de Maduro los Estados Unidos y Canadá").
    fn subject_after(&self, t: usize) -> Option<Agent> {
        let v = self.v;
        let end = self.clause_end(t);
        // «We will not recognise this government», said Peru's foreign minister: a quote's
        // speaker, named after it (quotes are ASCII double quotes, 0x22, in the normalised text).
        let close = (t..end).find(|&k| v.word(k).as_bytes() == [b'\x22']);
        let speech = close.and_then(|q| (q + 1..(q + 4).min(end)).find(|&k| v.has(k, Sense::Speech)));
        // "…, según indicó el alto representante de la UE": an informant, not a holder.
        let informant = |k: usize| k > 0 && v.is(k - 1, Sense::AccordingTo);
        // A verb of saying at `k` or the word after, past the rest of the speaker's title and
        // name ("the Peruvian foreign minister said", "Peruvian Foreign Minister Javier
        // González-Olaechea told reporters").
        let said_after = |mut k: usize| {
            let first = k;
            while k < end
                && k - first < 6
                && (v.has(k, Sense::GovNoun)
                    || v.has(k, Sense::PersonNoun)
                    || v.word(k) == "-"
                    || (v.bare_word(k) && v.word(k).starts_with(char::is_uppercase)))
            {
                k += 1;
            }
            (k..(k + 2).min(end)).any(|i| v.has(i, Sense::Speech))
        };
        // A speaker group starting within `reach` words after `from`, with no punctuation
        // between, and (when asked) followed by a verb of saying.
        let speaker = |from: usize, reach: usize, verb_after: bool| {
            v.groups.iter().position(|g| {
                g.tok_s > from
                    && g.tok_s <= from + reach
                    && g.role == Role::Agent
                    && !g.union
                    && !(from + 1..g.tok_s).any(|i| v.punct(i))
                    && (!verb_after || said_after(g.tok_e))
            })
        };
        // «…», Milei said: the speaker right after the quote, then the verb.
        if let Some(gi) = close.and_then(|q| speaker(q, 4, true)) {
            return Some(Agent::Group(gi));
        }
        if let Some(gi) = speech.and_then(|k| speaker(k, 6, false)) {
            return Some(Agent::Group(gi));
        }
        if let Some(k) = (t..end).find(|&k| v.has(k, Sense::Speech) && informant(k)) {
            if v.groups.iter().any(|g| g.tok_s > k && g.tok_s <= k + 6) {
                return None;
            }
        }
        let gi = v
            .groups
            .iter()
            .position(|g| g.tok_s > t && g.tok_s < end && g.role == Role::Agent && !g.union)?;
        let g = &v.groups[gi];
        // Back over the determiner and a title: "O primeiro a reconhecer Guaidó foi o presidente
        // dos Estados Unidos".
        let mut k = g.tok_s;
        while k > t + 1
            && g.tok_s - k < 5
            && (v.is(k - 1, Sense::The)
                || v.is(k - 1, Sense::Determiner)
                || v.is(k - 1, Sense::Of)
                || v.has(k - 1, Sense::GovNoun)
                || v.has(k - 1, Sense::PersonNoun))
        {
            k -= 1;
        }
        let after_copula = k > t + 1 && v.is(k - 1, Sense::Copula);
        let closes = v.lex.subject_after_verb && (g.tok_e..end).all(|i| v.punct(i));
        (after_copula || closes).then_some(Agent::Group(gi))
    }

    /// The nearest possible holder before `t`, as written.
    fn nearest_holder_before(&self, t: usize) -> Option<Agent> {
        let v = self.v;
        let floor = self.clause_start(t);
        let mut best: Option<(usize, Agent, usize)> = None;
        let mut consider = |end: usize, agent: Agent, size: usize| {
            if end > t || end <= floor {
                return;
            }
            if best.is_none_or(|(e, _, s)| end > e || (end == e && size > s)) {
                best = Some((end, agent, size));
            }
        };
        for (gi, g) in v.groups.iter().enumerate() {
            if matches!(g.role, Role::Agent | Role::Source) && !self.in_relative_aside(gi, t) {
                consider(g.tok_e, Agent::Group(gi), g.actors.len());
            }
        }
        for (ii, it) in v.items.iter().enumerate() {
            if it.venezuela && it.agent_capable && !self.in_apposition(it.tok_s, it.tok_e, t) {
                consider(it.tok_e, Agent::Venezuela(ii), 0);
            }
        }
        for &(start, head) in &v.generics {
            consider(head + 1, Agent::Generic(start), 0);
        }
        best.map(|(_, a, _)| a)
    }

    /// "los gobiernos de Argentina, Brasil …, que forman el Grupo de Lima, pidieron …": a group
    /// named inside a relative clause set between commas after another group says what that
    /// group is; the one before is the holder of what follows the clause.
    fn in_relative_aside(&self, gi: usize, t: usize) -> bool {
        let v = self.v;
        let g = &v.groups[gi];
        let Some(open) = (g.tok_s.saturating_sub(4)..g.tok_s).rev().find(|&k| v.is_char(k, b',')) else {
            return false;
        };
        let relative = v.is(open + 1, Sense::Relative) && (open + 1..g.tok_s).all(|k| !v.punct(k));
        let close = (g.tok_e..t).find(|&k| v.is_char(k, b','));
        let closed = close.is_some_and(|c| c - g.tok_e <= 8);
        let head = v.groups.iter().any(|h| h.tok_e == open && matches!(h.role, Role::Agent | Role::Source));
        relative && closed && head
    }

    /// "Cuba, el aliado histórico del chavismo, podría acoger a Maduro": a name inside a noun
    /// phrase set between commas right after a state describes that state; it holds nothing.
    fn in_apposition(&self, s: usize, e: usize, t: usize) -> bool {
        let v = self.v;
        let Some(open) = (s.saturating_sub(9)..s).rev().find(|&k| v.punct(k)) else {
            return false;
        };
        // "the Cartel de los Soles, a network Washington says is headed by Nicolás Maduro, as …":
        // an aside that opens with a determiner describes the noun before it.
        // So does a relative clause after a state: "Rússia e Irã, que mantêm vínculos com o
        // governo de Maduro, se apressaram em condenar …".
        let state_before =
            v.groups.iter().any(|g| g.tok_e == open && matches!(g.role, Role::Agent | Role::Source));
        let opens = v.word(open) == ","
            && (((v.is(open + 1, Sense::The) || v.is(open + 1, Sense::Determiner))
                && (state_before || (open + 1..s).any(|k| v.is(k, Sense::By))))
                || (v.is(open + 1, Sense::Relative) && state_before));
        let close = (e..t).find(|&k| v.punct(k));
        opens && close.is_some_and(|c| v.word(c) == "," && c - e <= 3 && t - c <= 4)
    }

    /// "was recognised as the country's interim leader by Colombia, the US and the UK": a
    /// passive's agent after the complement, in the same stretch of text.
    fn agent_past_complement(&self, te: usize) -> Option<usize> {
        let v = self.v;
        let end = (te + 10).min(self.n());
        let gi = v.groups.iter().position(|g| {
            g.role == Role::Source
                && g.tok_s > te
                && g.tok_s < end
                && !g.union
                && v.is(g.tok_s - 1, Sense::By)
        })?;
        let plain = (te..v.groups[gi].tok_s).all(|k| !v.punct(k) || v.word(k) == "'s");
        plain.then_some(gi)
    }

    /// "support from Russia", "recognized by China", "concern raised by Uruguay".
    fn source_after(&self, t_end: usize) -> Option<usize> {
        let v = self.v;
        v.groups
            .iter()
            .position(|g| g.role == Role::Source && g.tok_s > t_end && g.tok_s <= t_end + 4 && !g.union)
    }

    fn agent_end(&self, agent: Option<Agent>, t: usize) -> usize {
        match agent {
            // A holder named after the cue (a quote's speaker): the whole clause before it counts.
            Some(Agent::Group(g)) if self.v.groups[g].tok_s > t => self.clause_start(t),
            // "Neither Brazil nor Colombia plan to recognize …": the negation opens the holder.
            Some(Agent::Group(g)) => {
                let s = self.v.groups[g].tok_s;
                let s = if s > 0 && self.v.is(s - 1, Sense::The) { s - 1 } else { s };
                if s > 0 && self.v.is_in(s - 1, Sense::Negation) && self.v.is(s - 1, Sense::Joiner) {
                    s - 1
                } else {
                    self.v.groups[g].tok_e.min(t)
                }
            }
            Some(Agent::Venezuela(i)) => self.v.items[i].tok_e.min(t),
            Some(Agent::Generic(g)) => (g + 1).min(t),
            None => self.clause_start(t),
        }
    }

    /// "Sheinbaum descartó que su país vaya a ofrecer refugio", "denied that Turkey would take
    /// him in": a denial or refusal governing the clause whose subject starts at `start`.
    fn denied_that(&self, start: usize) -> bool {
        let v = self.v;
        (start.saturating_sub(5)..start).any(|i| {
            (v.is_in(i, Sense::Denial) || v.is_in(i, Sense::Negation))
                && (i + 1..start).any(|k| v.is(k, Sense::Relative))
        })
    }

    fn agent_start(&self, agent: Option<Agent>, t: usize) -> usize {
        match agent {
            Some(Agent::Group(g)) => self.v.groups[g].tok_s.min(t),
            Some(Agent::Venezuela(i)) => self.v.items[i].tok_s.min(t),
            Some(Agent::Generic(g)) => g.min(t),
            None => self.clause_start(t),
        }
    }

    fn negated(&self, from: usize, to: usize) -> bool {
        let v = self.v;
        (from..to).any(|i| {
            (v.is_in(i, Sense::Negation) && !v.is(i + 1, Sense::Only))
                || (v.is(i, Sense::No) && v.is(i + 1, Sense::NoTail))
                || (v.is(i, Sense::Yet) && v.is(i + 1, Sense::ToFor))
        })
    }

    fn hedged(&self, from: usize, to: usize) -> bool {
        let v = self.v;
        let to = to.min(self.n());
        let hedge = (from..to).any(|i| {
            if v.is(i, Sense::Open) && v.is(i + 1, Sense::ToFor) {
                return true;
            }
            if !(v.is_in(i, Sense::Hedge) || v.is_in(i, Sense::Conditional)) {
                return false;
            }
            // "could not recognize": a negated ability is a refusal, asserted.
            if v.is(i, Sense::Ability) && v.is(i + 1, Sense::Not) {
                return false;
            }
            // "has no plans to recognize", "no tiene planes de", "não tem planos de": so is a
            // denied plan.
            let denied = |k: usize| v.is_in(k, Sense::Negation) || v.is(k, Sense::No);
            if v.is(i, Sense::Plan) && i > 1 && (denied(i - 1) || (denied(i - 2) && !v.punct(i - 1))) {
                return false;
            }
            // "does not consider Maduro legitimate" judges; "is considering breaking ties" hedges.
            // ("considera a Edmundo González el ganador": a person judged, past "a".)
            if v.is(i, Sense::JudgeHedge)
                && (v.items.iter().any(|it| it.tok_s == i + 1)
                    || v.is(i + 1, Sense::ObjectPronoun)
                    || v.opposition_people.iter().any(|&p| p == i + 1 || p == i + 2))
            {
                return false;
            }
            // "announced that his country would suspend", "said even before the results came out
            // that he would not recognize them": reported future, not a hedge.
            let that = (i.saturating_sub(3)..i).rev().find(|&k| v.is(k, Sense::Relative));
            let reported = v.any_word(i.saturating_sub(7), i, Sense::Speech).is_some()
                || that.is_some_and(|k| v.any_word(k.saturating_sub(12), k, Sense::Speech).is_some());
            !(v.is(i, Sense::Conditional) && reported)
        });
        // Sentence adverbs hedge whatever follows them.
        hedge || (0..from).any(|i| v.is(i, Sense::HedgeAdverb))
    }

    fn certainty(&self, from: usize, to: usize, extra: bool) -> Certainty {
        if extra || self.hedged(from, to) {
            Certainty::Speculative
        } else {
            Certainty::Asserted
        }
    }

    fn venezuela_context(&self) -> bool {
        self.v.mentions_venezuela()
            || !self.v.opposition_people.is_empty()
            || self.mem.previous_had_venezuela
            || self.mem.venezuela_seen
    }

    /// The groups after `gi` in its clause that each follow a "by" of their own, past an office
    /// ("by the Danish foreign minister", "pela assessora da chancelaria finlandesa"), with only
    /// names, commas and joiners between one and the next.
    fn more_agents(&self, gi: usize) -> Vec<usize> {
        let v = self.v;
        let end = self.clause_end(v.groups[gi].tok_e);
        let mut found = Vec::new();
        let mut last = v.groups[gi].tok_e;
        for (hi, h) in v.groups.iter().enumerate().skip(gi + 1) {
            if h.tok_s >= end || h.union || h.role == Role::Excluded {
                break;
            }
            let Some(by) = (h.tok_s.saturating_sub(5)..h.tok_s).rev().find(|&k| v.is(k, Sense::By)) else {
                break;
            };
            let office = (by + 1..h.tok_s).all(|k| {
                v.is(k, Sense::GovNoun) || v.is(k, Sense::Of) || v.is(k, Sense::The) || v.bare_word(k)
            });
            let between = (last..by).all(|k| {
                v.punct(k) && !v.is_char(k, b'.') && !v.is_char(k, b';')
                    || v.in_mention[k]
                    || v.word(k).starts_with(char::is_uppercase)
                    || v.is(k, Sense::Joiner)
                    || v.is(k, Sense::ListGlue)
            });
            if by < last || !office || !between {
                break;
            }
            found.push(hi);
            last = h.tok_e;
        }
        found
    }

    fn push_group(
        &mut self,
        g: &Group,
        stance: Stance,
        certainty: Certainty,
        extra: Extra,
        rule: &'static str,
    ) {
        for &(actor, s, e) in &g.actors {
            self.found.push(Found {
                actor,
                stance,
                certainty,
                beneficiary: extra.beneficiary,
                initiator: match (stance, extra.initiator) {
                    (Stance::BreakTies, Some(SELF)) => Some(actor),
                    (Stance::BreakTies, Some(NONE)) | (_, None) => None,
                    (Stance::BreakTies, Some(code)) => Some(code),
                    _ => None,
                },
                mention: (s, e),
                rule,
            });
        }
    }

    /// Attributes a stance whose cue spans `t..t_end` to its holder; a generic holder is resolved
    /// by a list after the cue ("… would likely include Turkey, …") or left pending.
    fn attribute(
        &mut self,
        agent: Option<Agent>,
        (t, t_end): (usize, usize),
        stance: Stance,
        extra: Extra,
        rule: &'static str,
        extra_hedge: bool,
    ) {
        match agent {
            Some(Agent::Group(gi)) => {
                let g = self.v.groups[gi].clone();
                let cert = self.certainty(g.tok_s.min(t), t_end, extra_hedge);
                self.push_group(&g, stance, cert, extra, rule);
                // "The United States and other countries such as Argentina …": the one named
                // before "and other countries" holds it too.
                let v = self.v;
                let such = g.tok_s >= 2 && v.is(g.tok_s - 1, Sense::As) && v.is(g.tok_s - 2, Sense::Such);
                if such {
                    let head = g.tok_s - 2;
                    let co = v.groups.iter().position(|h| {
                        h.tok_e < head
                            && head - h.tok_e <= 3
                            && h.role == Role::Agent
                            && !h.union
                            && v.is(h.tok_e, Sense::Joiner)
                            && (h.tok_e..head).all(|k| !v.punct(k))
                    });
                    if let Some(ci) = co {
                        let h = v.groups[ci].clone();
                        self.push_group(&h, stance, cert, extra, rule);
                    }
                }
                // "… was backed by the French president, Emmanuel Macron, by the Danish foreign
                // minister, …, and by the German chancellor", "pelo …, pelo …, bem como pela …":
                // a passive's agents, each after its own "by".
                if g.tok_s > t_end {
                    for h in self.more_agents(gi) {
                        let h = self.v.groups[h].clone();
                        self.push_group(&h, stance, cert, extra, rule);
                    }
                }
            }
            Some(Agent::Generic(gen)) => {
                // "The United States and other countries such as …": the named one holds it too.
                let co_holder = self.v.groups.iter().position(|g| {
                    g.tok_e == gen && g.role == Role::Agent && !g.union && self.v.is(gen, Sense::Joiner)
                });
                if let Some(ci) = co_holder {
                    let g = self.v.groups[ci].clone();
                    let cert = self.certainty(g.tok_s.min(t), t_end, extra_hedge);
                    self.push_group(&g, stance, cert, extra, rule);
                }
                if let Some(gi) = self.listed_after(t_end) {
                    let g = self.v.groups[gi].clone();
                    let cert = self.certainty(gen, g.tok_e, extra_hedge);
                    self.push_group(&g, stance, cert, extra, class_rule(stance));
                } else {
                    let certainty = self.certainty(gen, t_end, extra_hedge);
                    let count = self.generic_count(gen);
                    self.pending.push(Pending {
                        stance,
                        certainty,
                        beneficiary: extra.beneficiary,
                        count,
                        age: 0,
                    });
                }
            }
            None => {
                let certainty = self.certainty(t, t_end, extra_hedge);
                let p = Pending { stance, certainty, beneficiary: extra.beneficiary, count: None, age: 0 };
                if !self.headless.contains(&p) {
                    self.headless.push(p);
                }
            }
            Some(Agent::Venezuela(_)) => {}
        }
    }

    /// "Among his possible destinations are Turkey, Russia and Cuba", "Turquía, Rusia y Cuba
    /// aparecen como los destinos más factibles", "destinos estão sendo discutidos, como Cuba":
    /// countries named as where Maduro's side could go into exile, once the article speaks of
    /// his exile (or the sentence names him). Always speculative: a destination under discussion
    /// is not yet a host. Not the destinations of migrants, nor a destination ruled out.
    fn exile_destinations(&mut self) {
        let v = self.v;
        let n = self.n();
        let Some(k) = v.any_word(0, n, Sense::Destination) else { return };
        let regime_here = (0..n).any(|i| v.is(i, Sense::PersonPronoun) || v.regime_word(i))
            || v.items.iter().any(|it| it.venezuela && it.kind == Kind::Regime);
        if !(regime_here || self.mem.exile_seen)
            || !self.venezuela_context()
            || (0..n).any(|i| v.is_in(i, Sense::Migrant))
            || self.found.iter().any(|f| f.stance == Stance::OfferAsylum)
        {
            return;
        }
        let (from, to) = (self.clause_start(k), self.clause_end(k));
        // The subject before ("Turkey, Russia and Cuba appear as …"), else the list after the
        // copula or "como" ("… are Turkey, Russia …", "…, como Cuba, Rússia e Turquia").
        let before = v.groups.iter().rposition(|g| g.tok_e <= k && g.tok_s >= from && g.role == Role::Agent);
        let after = v.groups.iter().position(|g| {
            g.tok_s > k
                && g.tok_s <= k + 8
                && g.tok_s < to.max(k + 3)
                && !matches!(g.role, Role::Excluded | Role::Source)
        });
        let Some(gi) = before.or(after) else { return };
        let g = v.groups[gi].clone();
        let (lo, hi) = (g.tok_s.min(k), g.tok_e.max(k));
        if self.negated(from.min(lo), hi) || (lo..hi).any(|i| v.is_in(i, Sense::Denial)) {
            return;
        }
        let extra = Extra { beneficiary: Some(Beneficiary::Regime), initiator: None };
        self.push_group(&g, Stance::OfferAsylum, Certainty::Speculative, extra, "asylum.exile_destination");
    }

    /// "The signatories of the Lima Declaration are Argentina, Brazil …", "Los firmantes son …":
    /// the stances just reported (a document's, or the previous sentence's) for the list.
    fn signatories(&mut self) {
        let v = self.v;
        let n = self.n();
        let Some(k) = v.any_word(0, n, Sense::Signatory) else { return };
        let Some(cop) =
            (k + 1..(k + 8).min(n)).take_while(|&i| !v.punct(i)).find(|&i| v.is(i, Sense::Copula))
        else {
            return;
        };
        let Some(g) = v
            .groups
            .iter()
            .find(|g| g.tok_s > cop && g.tok_s <= cop + 2 && g.role != Role::Excluded && !g.union)
            .cloned()
        else {
            return;
        };
        if self.negated(k, cop) {
            return;
        }
        let stances = self.stances_before(k);
        self.copy_stances(&g, &stances, "carry.followed_suit");
    }

    /// Whether the sentence ends with a colon (a list follows).
    fn ends_with_colon(&self) -> bool {
        let n = self.n();
        n > 0 && self.v.is_char(n - 1, b':')
    }

    /// "- Countries that recognise Guaidó as president", a bullet without end punctuation: a
    /// heading inside a bulleted list.
    fn bullet_heading(&self) -> bool {
        let v = self.v;
        let n = self.n();
        n > 2 && is_bullet(v.word(0)) && !(v.is_char(n - 1, b'.') || v.is_char(n - 1, b';'))
    }

    /// "-Canadá", "Chile - presidente Gabriel Boric;", "• Russia": under a heading or a line
    /// ending with a colon that states a stance with no holder, a short line opening with a name
    /// (past a bullet) names one who holds it. Whether this sentence is such a line.
    fn list_item(&mut self) -> bool {
        let v = self.v;
        let n = self.n();
        let mut k = 0;
        while k < n && is_bullet(v.word(k)) {
            k += 1;
        }
        let Some(gi) = v.groups.iter().position(|g| g.tok_s == k && g.role != Role::Excluded) else {
            return false;
        };
        if n > 24 || v.items.iter().any(|it| it.tok_s == k && (it.venezuela || !it.agent_capable)) {
            return false;
        }
        let g = v.groups[gi].clone();
        // The name stands alone or before a separator ("Chile - presidente …"), not as the
        // subject of a sentence ("Japan sent a delegation").
        if g.tok_e < n
            && !matches!(v.word(g.tok_e), "-" | "\u{2013}" | "\u{2014}" | ":" | "(" | "," | ";" | ".")
        {
            return false;
        }
        for p in self.mem.list_section.clone() {
            self.push_group(
                &g,
                p.stance,
                p.certainty,
                Extra { beneficiary: p.beneficiary, initiator: None },
                "carry.listed_under_heading",
            );
        }
        true
    }

    /// "… would be Daniel Ortega's regime in Nicaragua", "… include Turkey, North Korea…".
    fn listed_after(&self, t_end: usize) -> Option<usize> {
        let v = self.v;
        let end = self.clause_end(t_end);
        let inc = (t_end..end).find(|&i| {
            v.is_in(i, Sense::Include)
                || v.is(i, Sense::Copula)
                || v.is_char(i, b':')
                || (v.is(i, Sense::Such) && v.is(i + 1, Sense::As))
        })?;
        // "The first countries to demand a recount were the United States, …", "Seven
        // countries called for a review: Argentina, …": after a bare copula or a colon, the list
        // itself, past its determiner.
        let bare = v.is_char(inc, b':') || (v.is(inc, Sense::Copula) && !v.is_in(inc, Sense::Include));
        let reach = if bare { 2 } else { 5 };
        // ("denunciaron los resultados como fraudulentos, el presidente turco …": a list, not a
        // clause past a comma.)
        v.groups.iter().position(|g| {
            g.tok_s > inc
                && g.tok_s <= inc + reach
                && g.role != Role::Excluded
                && !g.union
                && (inc + 1..g.tok_s).all(|k| !v.punct(k))
                && (reach == 5
                    || (inc + 1..g.tok_s).all(|k| v.is(k, Sense::The) || v.is(k, Sense::Determiner)))
        })
    }

    /// Applies stances left pending by a generic phrase to the countries this sentence opens with.
    fn carry(&mut self) {
        let v = self.v;
        if self.mem.pending.is_empty() {
            return;
        }
        if !v.opens_with_any(v.lex.carry_openers) {
            // "… seven countries that contested the result. The measure affects Argentina, Chile,
            // …": a list of as many as the generic counted.
            for p in self.mem.pending.clone() {
                let Some(n) = p.count else { continue };
                // A long list may be one name short of the count: a name misspelt or unknown
                // ("… and the Dominican Republican").
                let fits = |len: usize| len == n || (n >= 5 && len + 1 == n);
                let Some(g) =
                    v.groups.iter().find(|g| fits(g.actors.len()) && g.role != Role::Excluded).cloned()
                else {
                    // "… seven countries that contested the result. Maduro was re-elected, the
                    // council said. Expelled were the diplomats of Argentina, …": one more.
                    if p.age == 0 {
                        self.pending.push(Pending { age: 1, ..p });
                    }
                    continue;
                };
                let extra = Extra { beneficiary: p.beneficiary, initiator: None };
                self.push_group(&g, p.stance, p.certainty, extra, "carry.previous_sentence");
            }
            return;
        }
        let Some(g) = v.groups.iter().find(|g| g.role != Role::Excluded && !g.union).cloned() else { return };
        for p in self.mem.pending.clone() {
            let extra = Extra { beneficiary: p.beneficiary, initiator: None };
            self.push_group(&g, p.stance, p.certainty, extra, "carry.previous_sentence");
        }
    }

    /// The number a generic phrase starting at `start` counts ("seven countries", "los 13
    /// gobiernos"), if any.
    fn generic_count(&self, start: usize) -> Option<usize> {
        let v = self.v;
        let head = v.generics.iter().find(|&&(s, _)| s == start)?.1;
        (start..head).find_map(|k| {
            let w = v.word(k);
            if v.has(k, Sense::Number) {
                v.lex
                    .numbers
                    .iter()
                    .find(|(n, _)| super::normalize::fold_eq_ignore_case(n, w))
                    .map(|&(_, c)| c)
            } else {
                w.parse::<usize>().ok().filter(|n| (2..=60).contains(n))
            }
        })
    }

    /// The stances reported just before token `t`: earlier in its sentence, or else in the
    /// previous sentence.
    fn stances_before(&self, t: usize) -> Vec<Pending> {
        let at = self.v.toks[t].start;
        let mut here: Vec<Pending> = Vec::new();
        for f in self
            .found
            .iter()
            .filter(|f| f.mention.1 <= at && f.actor != VENEZUELA && f.initiator.is_none_or(|i| i == f.actor))
        {
            let p = Pending {
                stance: f.stance,
                certainty: f.certainty,
                beneficiary: f.beneficiary,
                count: None,
                age: 0,
            };
            if !here.contains(&p) {
                here.push(p);
            }
        }
        match (here.is_empty(), self.mem.previous.is_empty()) {
            (false, _) => here,
            (true, false) => self.mem.previous.clone(),
            // "Thirteen governments said … The declaration was signed by …": what a generic
            // holder left pending; else the stances of the sentence before last.
            (true, true) if !self.mem.pending.is_empty() => self.mem.pending.clone(),
            (true, true) if self.mem.recent_age <= 1 => self.mem.recent.clone(),
            (true, true) => Vec::new(),
        }
    }

    /// "Argentina, Uruguay and Peru followed suit", "Canada quickly followed": the stances just
    /// reported, for them.
    fn followed_suit(&mut self) {
        // "Russia and China quickly followed, and Iran did the same": each in turn.
        for ci in 0..self.v.cues.len() {
            if self.v.cues[ci].cue == Cue::FollowedSuit {
                self.followed_suit_at(self.v.cues[ci].tok_s);
            }
        }
    }

    fn followed_suit_at(&mut self, at: usize) {
        let v = self.v;
        // "A la decisión de Washington se sumaron …": the one followed, named before the verb
        // as an object, lends its own earlier stances.
        let from = self.clause_start(at);
        let end = v.cues.iter().find(|c| c.tok_s == at).map_or(at + 1, |c| c.tok_e);
        // "Canada has taken a similar position to the US", "la misma postura que Brasil": or
        // named right after it.
        let position = (at..end).any(|k| v.is(k, Sense::Position));
        let named_after = |it: &super::sentence::Item| {
            position && it.tok_s >= end && it.tok_s <= end + 3 && !(end..it.tok_s).any(|k| v.punct(k))
        };
        let followed: Vec<Pending> = v
            .items
            .iter()
            .filter(|it| {
                !it.venezuela
                    && ((it.tok_s >= from && it.tok_e <= at && it.role != Role::Agent) || named_after(it))
            })
            .flat_map(|it| it.actors.iter().map(|a| a.0))
            .flat_map(|actor| self.mem.by_actor.iter().filter(move |(a, _)| *a == actor).map(|(_, p)| *p))
            .fold(Vec::new(), |mut all, p| {
                if !all.contains(&p) {
                    all.push(p);
                }
                all
            });
        let stances = if followed.is_empty() { self.stances_before(at) } else { followed };
        if stances.is_empty() || self.negated(self.clause_start(at), at) {
            return;
        }
        // "… y luego le siguieron Chile y Perú": the followers may come after the verb.
        let after = (v.lex.subject_after_verb && !position)
            .then(|| {
                // "A la decisión de Washington se sumaron en cuestión de horas Canadá, Brasil …":
                // within a few words, with no punctuation between.
                // "También se sumaron a estos, los gobiernos de Chile …": a comma may set off the
                // one followed.
                v.groups.iter().position(|g| {
                    g.tok_s >= end
                        && g.tok_s <= end + 6
                        && g.role == Role::Agent
                        && !(end..g.tok_s).any(|k| v.punct(k) && !v.is_char(k, b','))
                })
            })
            .flatten();
        let Some(Agent::Group(gi)) = after.map(Agent::Group).or_else(|| self.agent_before(at)) else {
            return;
        };
        let g = v.groups[gi].clone();
        self.copy_stances(&g, &stances, "carry.followed_suit");
    }

    /// "… recognised Guaidó, and they were joined by Sweden and Austria", "The declaration …
    /// was signed by Argentina, Brazil, …": the stances just reported, for the countries after.
    fn joined_by(&mut self) {
        let v = self.v;
        for ci in 0..v.cues.len() {
            let cue = v.cues[ci];
            if cue.cue != Cue::JoinedBy || self.negated(self.clause_start(cue.tok_s), cue.tok_s) {
                continue;
            }
            // What is signed must be a position ("the declaration … was signed by"), not any
            // accord.
            let signed = (cue.tok_s..cue.tok_e).any(|k| v.is(k, Sense::Signed));
            // The document may open the sentence, past an aside ("The declaration, read out by
            // Peru's foreign minister after a meeting in Lima, was signed by …").
            let document = |k: usize| v.is(k, Sense::DocumentNoun);
            if signed
                && !(cue.tok_s.saturating_sub(12)..cue.tok_s).any(document)
                && !(0..cue.tok_s.min(3)).any(document)
            {
                continue;
            }
            let stances = self.stances_before(cue.tok_s);
            // "followed by 11 other nations — Argentina, Brazil …": past a counted generic head.
            let mut start = cue.tok_e;
            while start < cue.tok_e + 6
                && (v.is(start, Sense::Number)
                    || v.is(start, Sense::SingularDet)
                    || v.is(start, Sense::CountriesNoun)
                    || v.is(start, Sense::GenericHead)
                    || v.word(start).bytes().all(|b| b.is_ascii_digit()) && !v.word(start).is_empty()
                    || matches!(v.word(start), "," | ":"))
            {
                start += 1;
            }
            let Some(gi) = v.groups.iter().position(|g| {
                g.tok_s >= cue.tok_e && g.tok_s <= start + 2 && g.role != Role::Excluded && !g.union
            }) else {
                continue;
            };
            let g = v.groups[gi].clone();
            self.copy_stances(&g, &stances, "carry.followed_suit");
            // "…, as well as the EU": a group glued on after the list.
            if let Some(h) = v.groups.get(gi + 1).filter(|h| {
                h.tok_s > g.tok_e
                    && h.tok_s <= g.tok_e + 5
                    && h.role != Role::Excluded
                    && (g.tok_e..h.tok_s).all(|k| v.is_char(k, b',') || v.is(k, Sense::ListGlue))
            }) {
                let h = h.clone();
                self.copy_stances(&h, &stances, "carry.followed_suit");
            }
        }
    }

    fn copy_stances(&mut self, g: &Group, stances: &[Pending], rule: &'static str) {
        for p in stances {
            let extra = Extra {
                beneficiary: p.beneficiary,
                initiator: p.stance.eq(&Stance::BreakTies).then_some(SELF),
            };
            self.push_group(g, p.stance, p.certainty, extra, rule);
        }
    }

    // ---- recognition and support -------------------------------------------------------------

    /// What a recognition is of: Maduro's side, or the opposition (which means rejecting Maduro).
    fn target_after(&self, from: usize, span: usize) -> Option<Target> {
        let v = self.v;
        let mut end = (from + span).min(self.clause_end(from));
        let mut i = from;
        while i < end {
            // "does not recognise, for now, the result": a short aside between commas is skipped.
            if v.is_char(i, b',') {
                if let Some(close) = (i + 1..(i + 5).min(end)).find(|&k| v.is_char(k, b',')) {
                    end = (end + close - i).min(self.clause_end(from));
                    i = close + 1;
                    continue;
                }
            }
            if matches!(v.word(i), "." | "," | ":") || v.is(i, Sense::Contrast) {
                break;
            }
            if v.opposition_people.contains(&i) {
                return Some(Target::Opposition);
            }
            if let Some(it) = v.items.iter().find(|it| it.tok_s == i) {
                // "the Venezuelan opposition" is the opposition, not the regime.
                let opposition_next = self.opposition_at(it.tok_e);
                if it.venezuela && it.tok_s > 0 && v.is(it.tok_s - 1, Sense::Late) {
                    i += 1;
                    continue;
                }
                if it.venezuela && opposition_next {
                    return Some(Target::Opposition);
                }
                // "support for a democratic transition without Maduro".
                if it.venezuela && it.tok_s > 0 && v.is(it.tok_s - 1, Sense::Without) {
                    return None;
                }
                if it.venezuela && v.word(it.tok_e) == "'s" && self.opposition_possessed(it.tok_e + 1) {
                    return Some(Target::Opposition);
                }
                if it.venezuela {
                    return Some(Target::Regime);
                }
                if it.kind == Kind::Leader && !it.venezuela {
                    return None; // another country's leader or election
                }
            }
            for c in v.cues.iter().filter(|c| c.tok_s == i) {
                match c.cue {
                    Cue::BenOpposition | Cue::OppositionRole => return Some(Target::Opposition),
                    // "the legitimacy of Guaidó", "la victoria de González": whose it is decides.
                    Cue::ElectionWord | Cue::Inauguration if self.opposition_possessed_of(c.tok_e) => {
                        return Some(Target::Opposition)
                    }
                    Cue::ElectionWord | Cue::Inauguration => return Some(Target::Regime),
                    Cue::BenRegime if v.regime_word(i) => return Some(Target::Regime),
                    _ => {}
                }
            }
            // "recognise and express their full support to …": a possessive before a support
            // noun is the holder's own, not the one recognised.
            let holders_own =
                || v.cues.iter().any(|c| c.cue == Cue::Support && (c.tok_s == i + 1 || c.tok_s == i + 2));
            if v.is(i, Sense::ObjectPronoun) && !holders_own() {
                if let Some(target) = self.pronoun_target(i) {
                    return Some(target);
                }
            }
            // "said before the results came out that he would not recognize them".
            if v.is(i, Sense::PluralPronoun)
                && v.cues.iter().any(|c| {
                    c.tok_e <= from && c.cue == Cue::ElectionWord && !self.opposition_possessed_of(c.tok_e)
                })
            {
                return Some(Target::Regime);
            }
            i += 1;
        }
        None
    }

    /// "the country's congressional chief, Juan Guaidó", "Venezuela's National Assembly leader":
    /// a Venezuelan possessive whose head (up to a short apposition) is an opposition role or
    /// figure, before any word of the government.
    fn opposition_possessed(&self, from: usize) -> bool {
        let v = self.v;
        for k in from..(from + 7).min(self.clause_end(from)) {
            if v.regime_word(k) || v.has(k, Sense::GovNoun) || v.is_char(k, b'.') {
                return false;
            }
            if self.opposition_at(k) {
                return true;
            }
            // "Maduro's 2024 re-election and hosts the opposition candidate": the possessed noun
            // is his election; what follows is another phrase.
            if v.cues.iter().any(|c| c.tok_s == k && matches!(c.cue, Cue::ElectionWord | Cue::Inauguration))
                || v.punct(k)
                || v.has(k, Sense::Joiner)
            {
                return false;
            }
        }
        false
    }

    /// Whether an opposition figure, or an opposition role ("opposition leader", "interim
    /// president"), starts at token `k`.
    fn opposition_at(&self, k: usize) -> bool {
        let v = self.v;
        v.opposition_people.contains(&k)
            || v.cues
                .iter()
                .any(|c| c.tok_s == k && matches!(c.cue, Cue::BenOpposition | Cue::OppositionRole))
    }

    /// Whether the words right after `from` are "of" an opposition figure or role.
    fn opposition_possessed_of(&self, from: usize) -> bool {
        let v = self.v;
        let mut k = from;
        if !v.is(k, Sense::Of) {
            return false;
        }
        while k < self.n() && k < from + 3 && (v.is(k, Sense::Of) || v.is(k, Sense::The)) {
            k += 1;
        }
        self.opposition_at(k)
    }

    /// The group that grants a recognition an opposition figure received: "Guaidó obtuvo el
    /// reconocimiento de Argentina, Canadá …" (the noun, "of" and the group right after it).
    fn recognition_received(&self, t: usize, te: usize) -> Option<usize> {
        let v = self.v;
        if !v.is(te, Sense::Of) && !v.is(te, Sense::SourcePrep) {
            return None;
        }
        let from = self.clause_start(t).max(t.saturating_sub(8));
        let opposition = (from..t).any(|k| v.opposition_people.contains(&k));
        if !opposition || self.negated(from, t) {
            return None;
        }
        v.groups
            .iter()
            .position(|g| g.tok_s > te && g.tok_s <= te + 2 && g.role != Role::Excluded && !g.union)
    }

    /// "Maduro received the support of Russia, Cuba …", "Guaidó cuenta con el respaldo de
    /// Brasil", "recebeu apoio da Rússia": the support cue at `t..te` received by the subject
    /// before it; the group that gives it, after "of", and the side the subject is on.
    fn support_received(&self, t: usize, te: usize) -> Option<(usize, Target)> {
        let v = self.v;
        let mut k = t;
        // One modifier may stand before the noun: "el tajante apoyo", "the firm backing".
        let mut modifier = false;
        let mut with = false;
        while k > 0 && t - k < 3 {
            let plain = !modifier && k == t && v.bare_word(k - 1);
            if !(v.is(k - 1, Sense::The) || v.is(k - 1, Sense::With) || plain) {
                break;
            }
            modifier |= plain;
            with |= v.is(k - 1, Sense::With);
            k -= 1;
        }
        if !(v.is(te, Sense::Of) || v.is(te, Sense::SourcePrep)) {
            return None;
        }
        // "Maduro received the support of Russia"; or, with no verb, "… rejected by Caracas with
        // the firm support of Bolivia and Cuba": whoever acts with it, the subject or a passive's
        // agent, is the one supported (not the object of the act: "sanctions on Maduro with the
        // support of the EU").
        let received = k > 0 && v.is(k - 1, Sense::Receive);
        if !received && !with {
            return None;
        }
        let gi = v
            .groups
            .iter()
            .position(|g| g.tok_s > te && g.tok_s <= te + 2 && g.role != Role::Excluded && !g.union)?;
        let before = if received { k - 1 } else { k };
        let from = self.clause_start(k).max(k.saturating_sub(10));
        let (target, at) = self.target_before_at(from, before)?;
        if !(received || at == from || v.is(at - 1, Sense::By)) {
            return None;
        }
        if self.negated(from, k) {
            return None;
        }
        Some((gi, target))
    }

    fn recognition(&mut self, ci: usize) {
        let cue = self.v.cues[ci];
        let (t, te) = (cue.tok_s, cue.tok_e);
        if !self.venezuela_context() {
            return;
        }
        // "… saying that the result would not be recognized": a passive's target is its subject,
        // and its holder whoever speaks before that subject.
        // "Mulino lo reconoció como ganador", "o reconheceu como presidente": a clitic before
        // the verb is its object, whatever the complement after it names.
        let clitic = t > 0 && self.v.lex.adjective_after_noun && self.v.is(t - 1, Sense::ObjectPronoun);
        let target_after =
            if clitic { self.pronoun_target(t - 1) } else { None }.or_else(|| self.target_after(te, 12));
        // "Guaidó won the recognition of Argentina, Canada …": the recognised one before, those
        // who recognise after "of".
        let received = target_after.is_none().then(|| self.recognition_received(t, te)).flatten();
        // "Guaidó foi reconhecido como presidente interino pelo Brasil": a passive's agent may
        // follow the complement.
        let passive = (t.saturating_sub(3)..t).any(|k| self.v.is(k, Sense::Passive));
        // A participle in apposition is one too: "Guaidó, reconocido como presidente encargado
        // por Estados Unidos, …".
        let apposed = t > 0 && self.v.is_char(t - 1, b',');
        let passive_by = if passive || apposed { self.agent_past_complement(te) } else { None };
        // Where a passive's subject is looked for: its clause, ten words at the most.
        let near = self.clause_start(t).max(t.saturating_sub(10));
        // "Guaido, who has been recognised as the country's leader by Washington": the passive's
        // subject is the one recognised; the complement only names the office.
        let target_after = if passive && self.v.is(te, Sense::As) {
            match self.target_before_at(near, t) {
                Some((Target::Opposition, _)) => Some(Target::Opposition),
                _ => target_after,
            }
        } else {
            target_after
        };
        let (target, holder_at) = match (target_after, received) {
            (Some(target), _) => (target, t),
            (None, Some(gi)) => {
                let g = self.v.groups[gi].clone();
                self.push_group(
                    &g,
                    Stance::Reject,
                    Certainty::Asserted,
                    Extra::NONE,
                    "reject.recognizes_opposition",
                );
                return;
            }
            (None, None) => {
                // "Guaidó se autoproclamó …, siendo reconocido por …": a passive clause after a
                // comma is said of the sentence's subject, however far back.
                let after_comma = (t.saturating_sub(3)..t)
                    .any(|k| self.v.is(k, Sense::Passive) && k > 0 && self.v.is_char(k - 1, b','));
                let from = if after_comma { self.clause_start(t) } else { near };
                match self.target_before_at(from, t).filter(|_| passive || (apposed && passive_by.is_some()))
                {
                    Some((target, at)) => (target, at),
                    None => return,
                }
            }
        };
        let agent =
            self.source_after(te).or(passive_by).map(Agent::Group).or_else(|| self.agent_before(holder_at));
        // "would accept no result that …", "no reconocerá ningún resultado": a negated object.
        let negated = self.negated(self.agent_end(agent, holder_at), t)
            || (t > 0 && self.v.is(t - 1, Sense::NonPrefix))
            || self.v.is(te, Sense::No)
            // "have recognised neither Maduro nor González".
            || (self.v.is_in(te, Sense::Negation) && self.v.is(te, Sense::Joiner));
        let (stance, rule) = match (cue.cue, target, negated) {
            (Cue::RecognizeOnly, Target::Regime, false) => (Stance::Reject, "reject.recognition_limited"),
            (_, Target::Opposition, false) => (Stance::Reject, "reject.recognizes_opposition"),
            (_, Target::Opposition, true) => return,
            (_, Target::Regime, true) => (Stance::Reject, "reject.not_recognized"),
            _ => (Stance::Recognize, "recognize.recognized"),
        };
        if stance == Stance::Reject && target == Target::Opposition && self.ultimatum(t) {
            // "… urged elections within eight days, warning they would otherwise recognize
            // Guaidó": the threat is a rejection now, not a hedge.
            if let Some(Agent::Group(gi)) = agent {
                let g = self.v.groups[gi].clone();
                self.push_group(&g, stance, Certainty::Asserted, Extra::NONE, rule);
            }
            return;
        }
        self.attribute(agent, (t, te), stance, Extra::NONE, rule, false);
    }

    /// Whether the clause of `t` sets a condition on Maduro's side ("unless elections are
    /// called", "otherwise") or demands something of it first ("urged Venezuela to call
    /// elections … warning they would otherwise …").
    fn ultimatum(&self, t: usize) -> bool {
        let v = self.v;
        let from = self.clause_start(t);
        (from..t).any(|k| v.is(k, Sense::Condition))
            || ((from..t).any(|k| v.is_in(k, Sense::Demand)) && v.venezuela_in(from, t))
    }

    /// "Argentina celebrated the capture of the dictator", "welcomed the U.S. strikes on
    /// Venezuela": approving a hostile act aimed at Maduro's side rejects him.
    fn approves_attack(&mut self, ci: usize) -> bool {
        let cue = self.v.cues[ci];
        let (t, te) = (cue.tok_s, cue.tok_e);
        if !matches!(self.attack_on_venezuela(te), Some(Cue::Attack | Cue::Sanction)) {
            return false;
        }
        let agent = self.agent_before(t);
        if !self.negated(self.agent_end(agent, t), t) {
            self.attribute(agent, (t, te), Stance::Reject, Extra::NONE, "reject.approves_attack", false);
        }
        true
    }

    /// "Iran called the strikes a flagrant violation of Venezuela's sovereignty", "calificó la
    /// operación de agresión contra Venezuela": judging an act to be an attack on Venezuela stands
    /// by Maduro's side.
    fn judged_attack(&mut self, ci: usize) {
        let v = self.v;
        let act = v.cues[ci];
        let Some(judge) = v.any_word(act.tok_s.saturating_sub(8), act.tok_s, Sense::Judgment) else { return };
        // The act judged comes first ("the strikes", "it"); the attack is what it is called.
        // "described the capture as a victory" calls no attack anything.
        let judged = v.cues.iter().any(|c| {
            c.tok_s > judge
                && c.tok_s < act.tok_s
                && matches!(c.cue, Cue::Attack | Cue::Sanction | Cue::Intervention)
        }) || (judge + 1..act.tok_s).any(|k| v.is(k, Sense::ObjectPronoun));
        // The label aimed at Venezuela ("a violation of Venezuela's sovereignty"), or any attack
        // label once the article has reported an attack on it ("described it as a criminal
        // attack", "called the strikes a flagrant violation of the country's sovereignty").
        let aimed = matches!(self.attack_on_venezuela(act.tok_s), Some(Cue::Attack))
            || (self.mem.attack_seen && act.cue == Cue::Attack);
        if !judged || (judge..act.tok_s).any(|k| v.punct(k) && v.word(k) != "\u{22}") || !aimed {
            return;
        }
        self.stands_by_attacked((judge, act.tok_e));
    }

    /// "what it called", "lo que calificó de", "o que chamou de" right after `te` (past a
    /// quotation mark): where the label that names the object starts.
    fn free_relative(&self, te: usize) -> Option<usize> {
        let v = self.v;
        let mut k = te;
        while k < self.n() && v.word(k) == "\u{22}" {
            k += 1;
        }
        if !v.is(k, Sense::FreeRelative) {
            return None;
        }
        k += 1;
        if v.word(k).eq_ignore_ascii_case("que") {
            k += 1;
        }
        let judge =
            (k..(k + 5).min(self.n())).take_while(|&i| !v.punct(i)).find(|&i| v.is(i, Sense::Judgment))?;
        let mut l = judge + 1;
        while l < self.n() && (v.is(l, Sense::As) || v.is(l, Sense::Like) || v.is(l, Sense::Of)) {
            l += 1;
        }
        Some(l)
    }

    /// "Russia accused the US of an act of armed aggression", "acusó a EE.UU. de injerencia":
    /// accusing a foreign state of attacking or meddling in Venezuela stands by Maduro's side.
    fn accusation(&mut self) {
        let v = self.v;
        let n = self.n();
        if !v.sentence_has(Sense::Accuse) {
            return;
        }
        for k in 0..n {
            if !v.is_in(k, Sense::Accuse) {
                continue;
            }
            let Some(accused) = v.groups.iter().find(|g| g.tok_s > k && g.tok_s <= k + 3) else { continue };
            if v.items.iter().any(|it| it.venezuela && it.tok_s >= accused.tok_s && it.tok_e <= accused.tok_e)
            {
                continue;
            }
            let end = (accused.tok_e + 10).min(self.clause_end(accused.tok_e));
            let charge = v.cues.iter().find(|c| {
                c.tok_s >= accused.tok_e && c.tok_s < end && matches!(c.cue, Cue::Attack | Cue::Intervention)
            });
            let Some(charge) = charge else { continue };
            if !(accused.tok_e..charge.tok_s.min(accused.tok_e + 3)).any(|i| v.is(i, Sense::Of))
                || !(self.mem.attack_seen || v.mentions_venezuela() || self.mem.previous_had_venezuela)
            {
                continue;
            }
            self.stands_by_attacked((k, charge.tok_e));
        }
    }

    /// The holder named before `t` (the condemning, judging or accusing word), unless negated,
    /// stands by Maduro's side against an attack on it: what `rejection`, `judged_attack`,
    /// `judged_unlawful` and `accusation` conclude.
    fn stands_by_attacked(&mut self, (t, t_end): (usize, usize)) {
        let agent = self.agent_before(t);
        if !self.negated(self.agent_end(agent, t), t) {
            self.attribute(
                agent,
                (t, t_end),
                Stance::Recognize,
                Extra::NONE,
                "recognize.condemns_attack_on_it",
                false,
            );
        }
    }

    /// "Belarus described the raid as piracy", "calificó de ilegal la captura": calling an attack
    /// on Venezuela unlawful stands by Maduro's side. The act comes within a few words of the
    /// judging verb, the label within a few words of the act.
    fn judged_unlawful(&mut self, ci: usize) {
        let v = self.v;
        let act = v.cues[ci];
        let from = act.tok_s.saturating_sub(4);
        let Some(judge) = (from..act.tok_s).rev().find(|&k| v.is(k, Sense::Judgment)) else { return };
        if (judge..act.tok_s).any(|k| v.punct(k)) {
            return;
        }
        let end = (act.tok_e + 8).min(self.clause_end(act.tok_e));
        let label = (act.tok_e..end)
            .find(|&k| v.is(k, Sense::Unlawful))
            // Spanish and Portuguese may put the label first: "calificó de ilegal la captura".
            .or_else(|| (judge + 1..act.tok_s).find(|&k| v.is(k, Sense::Unlawful)));
        if label.is_none()
            || !matches!(self.attack_on_venezuela(act.tok_s), Some(Cue::Attack | Cue::Sanction))
        {
            return;
        }
        self.stands_by_attacked((judge, act.tok_e));
    }

    /// "the U.S. strikes on Venezuela", "la operación militar de Estados Unidos contra
    /// Venezuela", "os ataques dos Estados Unidos contra a Venezuela": the author named with an
    /// attack aimed at Venezuela rejects Maduro.
    fn attack_author(&mut self, ci: usize) {
        let v = self.v;
        let act = v.cues[ci];
        if !matches!(self.attack_on_venezuela(act.tok_s), Some(Cue::Attack | Cue::Sanction)) {
            return;
        }
        // Right before the act ("the U.S. strikes"), or between it and its target ("by the United
        // States", "de Estados Unidos").
        // "… condemned the United States for capturing Maduro": the one blamed for the act.
        let blamed = |it: &&super::sentence::Item| {
            (it.tok_e + 1 == act.tok_s || it.tok_e + 2 == act.tok_s && v.is(it.tok_e + 1, Sense::The))
                && (v.is(it.tok_e, Sense::ToFor) || v.is(it.tok_e, Sense::SourcePrep))
                && v.cues.iter().any(|c| c.cue == Cue::RejectVerb && c.tok_e <= it.tok_s)
        };
        let before = v
            .items
            .iter()
            .find(|it| !it.venezuela && (it.tok_e == act.tok_s || blamed(it)) && it.kind != Kind::Leader);
        let between = v.items.iter().find(|it| {
            !it.venezuela
                && it.tok_s > act.tok_e
                && it.tok_s <= act.tok_e + 2
                && (act.tok_e..it.tok_s)
                    .all(|k| v.is(k, Sense::SourcePrep) || v.is(k, Sense::Of) || v.is(k, Sense::The))
        });
        // After the target, as a passive's agent: "the capture of Maduro by U.S. forces", "la
        // captura de Maduro por fuerzas de Estados Unidos", "a captura de Maduro pelos EUA".
        let after_target = || {
            let target = v
                .items
                .iter()
                .find(|it| it.venezuela && it.tok_s > act.tok_e && it.tok_s <= act.tok_e + 3)?;
            let by = target.tok_e;
            if by >= self.n() || !v.is(by, Sense::By) {
                return None;
            }
            v.items.iter().find(|it| {
                !it.venezuela
                    && it.tok_s > by
                    && it.tok_s <= by + 6
                    && (by + 1..it.tok_s).all(|k| {
                        // "por parte de fuerzas militares de Estados Unidos"
                        v.is(k, Sense::GovNoun)
                            || v.is(k, Sense::Of)
                            || v.is(k, Sense::The)
                            || v.is(k, Sense::Quantifier)
                    })
            })
        };
        let Some(author) = before.or(between).or_else(after_target) else { return };
        let Some(g) = v.groups.iter().find(|g| g.tok_s <= author.tok_s && author.tok_e <= g.tok_e).cloned()
        else {
            return;
        };
        if g.role == Role::Excluded {
            return;
        }
        self.push_group(&g, Stance::Reject, Certainty::Asserted, Extra::NONE, "reject.attacks_it");
    }

    /// "The United States carried out strikes on Caracas", "EE.UU. lanzó una operación militar
    /// en Venezuela": the author of an attack on Venezuela rejects Maduro.
    fn launch(&mut self, ci: usize) {
        let v = self.v;
        let cue = v.cues[ci];
        let (t, te) = (cue.tok_s, cue.tok_e);
        let aimed = match self.attack_on_venezuela(te) {
            Some(Cue::Attack | Cue::Sanction) => true,
            Some(_) => false,
            // "a military operation in Venezuela": an attack carried out there is aimed at it.
            None => v.cues_in(te, (te + 5).min(self.n())).find(|c| c.cue == Cue::Attack).is_some_and(|act| {
                v.items.iter().any(|it| it.venezuela && it.tok_s > act.tok_e && it.tok_s <= act.tok_e + 3)
            }),
        };
        if !aimed {
            return;
        }
        let agent = self.agent_before(t);
        if self.negated(self.agent_end(agent, t), t) {
            return;
        }
        self.attribute(agent, (t, te), Stance::Reject, Extra::NONE, "reject.attacks_it", false);
    }

    fn support(&mut self, ci: usize) {
        let v = self.v;
        let cue = v.cues[ci];
        let (t, te) = (cue.tok_s, cue.tok_e);
        if !self.venezuela_context() {
            return;
        }
        // "Pekín sostuvo que la acción viola …": a verb of support before "that" reports speech.
        if cue.cue == Cue::Support && te == t + 1 && v.is(te, Sense::Relative) {
            return;
        }
        if cue.cue == Cue::Support && self.approves_attack(ci) {
            return;
        }
        // "turned his back on his own people": a body part after a possessive, not a verb.
        if v.has(t, Sense::ShortSupport) && t > 0 && v.is(t - 1, Sense::Possessive) {
            return;
        }
        // "The US and more than 50 of its allies", "Estados Unidos y sus aliados": the allies of
        // the state just named, joined to it as one subject, not anyone's support.
        if cue.cue == Cue::SupportNoun && t > 0 && v.is(t - 1, Sense::Possessive) {
            let own = v.items.iter().any(|it| {
                !it.venezuela
                    && it.tok_e < t
                    && it.tok_e + 6 >= t
                    && v.is(it.tok_e, Sense::Joiner)
                    && (it.tok_e..t).all(|k| !v.punct(k))
            });
            if own {
                return;
            }
        }
        // "Maduro's closest ally": the possessive before the noun is the one supported.
        let possessor = (cue.cue == Cue::SupportNoun)
            .then(|| {
                v.items
                    .iter()
                    .find(|it| it.venezuela && it.tok_e + 3 >= t && it.tok_e <= t && v.word(it.tok_e) == "'s")
            })
            .flatten()
            .map(|it| it.tok_s);
        let possessed = possessor.is_some();
        // A bare "back" is a verb only with its object right after it ("that back Maduro"); a veto
        // is of a resolution, whose subject may come late ("a resolution … on Venezuela").
        // Military help goes "to Caracas", "to Maduro's government" — right after the cue, so
        // "sent troops to the border with Venezuela" is no support.
        let military = v.has(t, Sense::MilitarySend);
        let span = if v.has(t, Sense::ShortSupport) && te == t + 1 {
            2
        } else if v.has(t, Sense::Veto) {
            20
        } else if military {
            4
        } else {
            10
        };
        // "para apoiar a democracia e uma transição pacífica na Venezuela", "backed a peaceful
        // transition": support for his side's departure rejects it.
        let departure = v.cues.iter().find(|c| c.cue == Cue::Departure && c.tok_s >= te && c.tok_s <= te + 6);
        if let Some(d) = departure {
            // (A quotation mark may open the phrase: apoia uma "transição democrática".)
            let plain = !self.way_out(d.tok_s, d.tok_e)
                && (te..d.tok_s).all(|k| !v.punct(k) || v.word(k) == "\u{22}")
                && !v.items.iter().any(|it| it.tok_s >= te && it.tok_s < d.tok_s)
                && !v.cues.iter().any(|c| c.tok_s >= te && c.tok_s < d.tok_s);
            if plain {
                let agent = self.source_after(te).map(Agent::Group).or_else(|| self.agent_before(t));
                if !self.negated(self.agent_end(agent, t), t) {
                    self.attribute(
                        agent,
                        (t, d.tok_e),
                        Stance::Reject,
                        Extra::NONE,
                        "reject.demands_departure",
                        false,
                    );
                }
                return;
            }
        }
        // "la liberación de Maduro": a cue that names him holds its own object.
        let named = v
            .items
            .iter()
            .any(|it| it.venezuela && it.kind == Kind::Regime && it.tok_s >= t && it.tok_e <= te);
        // "los aliados tradicionales de Venezuela, Rusia y China", a heading "Aliados de Maduro:
        // Cuba, Rússia, Irã e outros": allies of Venezuela, named after a comma or a colon.
        let allies_of = (cue.cue == Cue::SupportNoun)
            .then(|| {
                let ven = v.items.iter().find(|it| {
                    it.venezuela && it.tok_s >= te && it.tok_s <= te + 3 && v.is(it.tok_s - 1, Sense::Of)
                })?;
                v.groups.iter().position(|g| {
                    g.tok_s == ven.tok_e + 1
                        && (v.is_char(ven.tok_e, b',') || v.is_char(ven.tok_e, b':'))
                        && g.role != Role::Excluded
                })
            })
            .flatten();
        if let Some(gi) = allies_of {
            let g = v.groups[gi].clone();
            self.push_group(&g, Stance::Recognize, Certainty::Asserted, Extra::NONE, "recognize.supports");
            return;
        }
        // "Maduro received the support of Russia, Cuba …", "recibió el apoyo de", "recebeu apoio
        // da": the one supported is the subject, those who support follow "of".
        if let Some((gi, target)) = self.support_received(t, te) {
            let g = v.groups[gi].clone();
            let (stance, rule) = match target {
                Target::Regime => (Stance::Recognize, "recognize.supports"),
                Target::Opposition => (Stance::Reject, "reject.supports_opposition"),
            };
            self.push_group(&g, stance, Certainty::Asserted, Extra::NONE, rule);
            return;
        }
        // "El gobierno de Maduro es respaldado por China": a passive's target is its subject,
        // whatever the sentence goes on to name.
        let passive_target = ((t.saturating_sub(2)..t).any(|k| v.is(k, Sense::Passive))
            && self.source_after(te).is_some())
        .then(|| self.target_before(self.clause_start(t).max(t.saturating_sub(10)), t))
        .flatten();
        let mut target = if possessed || named {
            Some(Target::Regime)
        } else {
            passive_target.or_else(|| self.target_after(te, span))
        };
        if v.has(t, Sense::Help) && target == Some(Target::Regime) {
            // "help Maduro's government", not "helped Venezuelan migrants": the regime itself.
            let end = (te + 6).min(self.n());
            let regime = v.items.iter().any(|it| {
                it.venezuela
                    && (it.agent_capable || it.kind == Kind::Regime)
                    && it.tok_s >= te
                    && it.tok_s < end
            }) || (te..end).any(|i| v.regime_word(i));
            if !regime {
                return;
            }
        }
        if target.is_none() && cue.cue == Cue::Support && te > t && t > 0 {
            // "Maduro thanked Russia for its support": the support was for the one who thanks.
            let thanked = (0..t).find(|&i| v.has(i, Sense::Thank));
            if let Some(th) = thanked {
                // Who thanks decides whose side the support was on: "the opposition thanked Panama"
                // is support for the opposition, not for Maduro.
                if v.cues.iter().any(|c| c.cue == Cue::BenOpposition && c.tok_s < th) {
                    target = Some(Target::Opposition);
                } else if v.items.iter().any(|it| it.venezuela && it.agent_capable && it.tok_e <= th) {
                    target = Some(Target::Regime);
                }
            }
        }
        // "Nor is Maduro friendless. Turkey, Iran and Cuba have all reiterated their backing.", "…
        // the only power that has come to its defense": a possessed support noun closing its
        // clause is for whom the sentence before named last.
        let possessive_in = (t.saturating_sub(1)..te).any(|k| v.is(k, Sense::Possessive));
        if target.is_none() && possessive_in && (te >= self.n() || v.punct(te)) {
            target = self.mem.last_named;
        }
        // "phoned Maduro to express his solidarity": the one called is the one supported, and the
        // holder is the caller, before the call.
        // "Cuba, Maduro's closest ally": the holder stands before the possessor.
        let mut holder_before = possessor.unwrap_or(t);
        if (target.is_none() || target == Some(Target::Regime)) && v.has(t, Sense::CallStance) && te == t + 1
        {
            let call = (t.saturating_sub(8)..t).find(|&i| v.is_in(i, Sense::Contact));
            let called = call.and_then(|i| {
                v.items
                    .iter()
                    .find(|it| it.tok_s == i + 1 || (it.tok_s == i + 2 && v.is(i + 1, Sense::ToFor)))
            });
            if let (Some(i), Some(it)) = (call, called) {
                if it.venezuela && (it.agent_capable || it.kind == Kind::Regime) {
                    target = Some(Target::Regime);
                    holder_before = i;
                }
            }
        }
        if target.is_none()
            && v.has(t, Sense::Congratulate)
            && (v.mentions_venezuela() || self.mem.previous_had_venezuela)
        {
            // "… also sent her congratulations": congratulated on the election just reported.
            target = Some(Target::Regime);
        }
        let Some(target) = target else { return };
        let mut agent = self.source_after(te).map(Agent::Group).or_else(|| self.agent_before(holder_before));
        if agent.is_none() && cue.cue == Cue::SupportNoun {
            // "Maduro's allies Russia and Cuba".
            agent = v.groups.iter().position(|g| g.tok_s >= te && g.tok_s <= te + 1).map(Agent::Group);
        }
        if self.negated(self.agent_end(agent, t), t) {
            // "refused to endorse Maduro's victory": withholding approval of his election rejects it.
            let election = v.cues_in(te, (te + 6).min(self.n())).any(|c| c.cue == Cue::ElectionWord);
            if target == Target::Regime && election {
                self.attribute(agent, (t, te), Stance::Reject, Extra::NONE, "reject.not_recognized", false);
            }
            return;
        }
        // "saludó el fin de la narcodictadura", "welcomed the fall of Maduro's government".
        let fall = (te..(te + 3).min(self.n())).any(|k| v.is(k, Sense::End) && v.is(k + 1, Sense::Of));
        let (stance, rule) = match target {
            Target::Regime if fall => (Stance::Reject, "reject.welcomes_fall"),
            Target::Regime => (Stance::Recognize, "recognize.supports"),
            Target::Opposition => (Stance::Reject, "reject.supports_opposition"),
        };
        self.attribute(agent, (t, te), stance, Extra::NONE, rule, false);
        if cue.cue == Cue::Aid && target == Target::Regime {
            if let Some(section) = self.mem.section {
                let extra =
                    Extra { beneficiary: section.beneficiary.or(Some(Beneficiary::Regime)), initiator: None };
                self.attribute(
                    agent,
                    (t, te),
                    Stance::OfferAsylum,
                    extra,
                    "asylum.heading_context",
                    section.hedged,
                );
            }
        }
    }

    fn attendance(&mut self, ci: usize) {
        let v = self.v;
        let cue = v.cues[ci];
        let (t, te) = (cue.tok_s, cue.tok_e);
        let inauguration = v.cues_in(te, te + 8).any(|c| c.cue == Cue::Inauguration);
        // "sworn in … in a ceremony attended by delegations from Cuba": the guests come after.
        let attended_by = v.is(te, Sense::By)
            && v.cues_in(t.saturating_sub(12), t).any(|c| c.cue == Cue::Inauguration)
            && v.venezuela_in(t.saturating_sub(14), t);
        // "Bolivia's Evo Morales … attended in person", "Turkey was represented by its vice
        // president": with no other event named, the inauguration the article reported.
        let bare = te >= self.n()
            || v.punct(te)
            || v.is_in(te, Sense::Locative)
            || v.is(te, Sense::Contrast)
            || (v.is(te, Sense::Joiner) && !v.is(te, Sense::The))
            || v.is(te - 1, Sense::By)
            // "Turquía estuvo representada por el vicepresidente": represented by a person.
            || (v.is(te, Sense::By) && self.source_after(te).is_none())
            || v.cues.iter().any(|c| c.tok_s == te && c.cue == Cue::Attend);
        // "Rusia envió al presidente de la Duma", "sent its deputy foreign minister": sending a
        // person stands for attending; sending troops or aid does not.
        let sent = v.has(t, Sense::MilitarySend);
        let official = |k: usize| v.has(k, Sense::PersonNoun) || v.has(k, Sense::GovNoun);
        let bare_send = sent && !(t + 1..te).any(official);
        let envoy = bare_send && (te..(te + 3).min(self.n())).any(|k| v.has(k, Sense::PersonNoun));
        if bare_send && !envoy {
            return;
        }
        // "un acto en la Asamblea Nacional al que solo asistieron dos jefes de Estado": the guests
        // of the ceremony named before, through a relative, follow the verb.
        let ceremony = v
            .cues_in(t.saturating_sub(20), t)
            .find(|c| c.cue == Cue::Inauguration)
            .filter(|c| (c.tok_e..t).any(|k| v.is(k, Sense::Relative)) && v.venezuela_in(0, t));
        // "También acudió el primer ministro de Antigua y Barbuda": with no holder before the verb
        // in its clause, the one named right after it.
        let holder_before = self
            .nearest_holder_before(t)
            .filter(|a| !matches!(a, Agent::Group(g) if v.groups[*g].tok_e <= self.clause_start(t)));
        // Maduro, who is sworn in, is no guest: "Maduro juró … en un acto al que asistieron …".
        let state_before = holder_before.is_some_and(|a| !matches!(a, Agent::Venezuela(_)));
        let inverted = if state_before || !v.lex.subject_after_verb || te >= self.n() || v.punct(te) {
            None
        } else {
            v.groups.iter().position(|g| {
                g.tok_s >= te
                    && g.tok_s <= te + 10
                    && g.role == Role::Agent
                    && !g.union
                    && !v.cues_in(te, g.tok_s).any(|c| c.cue.is_trigger())
                    && !(te..g.tok_s).any(|k| v.punct(k) && v.word(k) != ",")
            })
        };
        // With the ceremony reported earlier, the guest named after the verb closes its clause
        // ("…, Gaston Browne."), or it went somewhere else ("asistió el canciller de Brasil a
        // una cumbre").
        let inverted_bare =
            inverted.is_some_and(|gi| v.groups[gi].tok_e >= self.n() || v.punct(v.groups[gi].tok_e));
        let earlier = self.mem.inauguration_seen && (bare || envoy || inverted_bare);
        if !attended_by
            && !earlier
            && ceremony.is_none()
            && (!inauguration || !v.venezuela_in(te, (te + 10).min(self.n())))
        {
            return;
        }
        let by_source = if attended_by {
            v.groups
                .iter()
                .position(|g| g.role == Role::Source && g.tok_s > te && g.tok_s <= te + 4 && !g.union)
        } else {
            None
        };
        let agent = by_source.or(inverted).map(Agent::Group).or_else(|| self.agent_before(t));
        if self.negated(self.agent_end(agent, t), t) {
            return;
        }
        self.attribute(
            agent,
            (t, te),
            Stance::Recognize,
            Extra::NONE,
            "recognize.attended_inauguration",
            false,
        );
    }

    // ---- rejection ---------------------------------------------------------------------------

    fn rejection(&mut self, ci: usize) {
        let cue = self.v.cues[ci];
        let (t, te) = (cue.tok_s, cue.tok_e);
        // "condemned what it called an aggression against Venezuela": the act is named by the
        // label after the free relative.
        let object = self.free_relative(te).unwrap_or(te);
        match self.attack_on_venezuela(object) {
            Some(Cue::Attack | Cue::Sanction) => {
                // "denounced an attempted coup against the legitimate government of Maduro".
                self.stands_by_attacked((t, te));
                return;
            }
            Some(_) => return, // "rejected any intervention in Venezuela": no side taken
            None => {}
        }
        // "condemns the use of force against a sovereign country and its president": an act
        // aimed at Maduro's side, named further on (before any other "by", "in" or "on", which
        // would name someone else's act or another target), is an attack on him.
        let v = self.v;
        // The act may follow its author: "Washington's blatant use of force".
        let author_or_modifier = |k: usize| {
            v.bare_word(k)
                || v.word(k) == "'s"
                || v.items.iter().any(|it| !it.venezuela && it.tok_s <= k && k < it.tok_e)
        };
        let act = v.cues.iter().find(|c| {
            c.tok_s >= object
                && (c.tok_s <= object + 2
                    || (c.tok_s <= object + 4 && (object..c.tok_s).all(author_or_modifier)))
                && matches!(c.cue, Cue::Attack | Cue::Sanction | Cue::Intervention)
        });
        let aimed = act.and_then(|act| (act.tok_e..act.tok_e + 2).find(|&k| v.is(k, Sense::AttackPrep)));
        if let Some(prep) = aimed {
            let stop = (prep + 1..prep + 9).find(|&k| v.is(k, Sense::By) || v.is(k, Sense::AttackPrep));
            let span = stop.unwrap_or(prep + 9) - (prep + 1);
            // "violations in Venezuela": where, not whom.
            let place = v.items.iter().any(|it| {
                it.venezuela && it.role == Role::Place && it.tok_s > prep && it.tok_s <= prep + span
            });
            // "… against a sovereign State", once an attack on Venezuela has been reported.
            let sovereign = self.mem.attack_seen
                && (prep + 1..(prep + 4).min(self.n())).any(|k| v.is(k, Sense::Sovereign))
                && !v.items.iter().any(|it| it.tok_s > prep && it.tok_s < prep + 4);
            if !place && (sovereign || self.target_after(prep + 1, span) == Some(Target::Regime)) {
                self.stands_by_attacked((t, te));
                return;
            }
        }
        // What is condemned starts after a free relative: "condemns what it described as …".
        if !(self.target_after(object, 10) == Some(Target::Regime)
            || self.v.venezuela_in(object, (object + 10).min(self.n())))
        {
            return;
        }
        // "condemned the armed intervention … in Venezuela": Venezuela is where the act
        // condemned took place, not what is condemned.
        let venezuela_at = (te..(te + 10).min(self.n())).find(|&k| self.v.venezuela_in(k, k + 1));
        if venezuela_at.is_some_and(|at| self.v.cues_in(te, at).any(|c| c.cue == Cue::Intervention)) {
            return;
        }
        let agent = self.agent_before(t);
        if self.negated(self.agent_end(agent, t), t) {
            return;
        }
        self.attribute(agent, (t, te), Stance::Reject, Extra::NONE, "reject.rejected_or_condemned", false);
    }

    /// The object of a condemnation, when it is an act aimed at Venezuela or Maduro's side:
    /// "the U.S. strikes on Venezuela", "a coup against the legitimate government of Maduro",
    /// "sanctions against Venezuela's oil industry". `Cue::Attack` or `Cue::Sanction` for a
    /// hostile act, `Cue::Intervention` for one no side would defend ("any military intervention").
    /// Not an act *by* Maduro's side ("the regime's attacks on protesters"), nor one merely
    /// located there ("attacks on protesters in Venezuela").
    ///
    /// An act named only as "the operation", after the article has reported an attack on
    /// Venezuela, is that attack: approving it rejects Maduro, condemning it shields his
    /// government (a reading the gold counts as required for his allies and tolerates for
    /// governments such as Brazil's that condemned the January 2026 raid without backing him).
    /// "the intervention" stays an intervention, which no side would defend.
    fn attack_on_venezuela(&self, te: usize) -> Option<Cue> {
        let v = self.v;
        let end = (te + 8).min(self.clause_end(te));
        let act = v.cues.iter().find(|c| {
            c.tok_s >= te && c.tok_s < end && matches!(c.cue, Cue::Attack | Cue::Sanction | Cue::Intervention)
        })?;
        if v.items.iter().any(|it| it.venezuela && it.tok_s >= te && it.tok_e <= act.tok_s) {
            return None; // the act is Venezuela's own
        }
        if (te..act.tok_s).any(|k| matches!(v.word(k), "," | ";" | ":")) {
            return None;
        }
        // The attacker may stand between the act and its target: "the strikes by the United
        // States on Venezuela", "os ataques dos Estados Unidos contra a Venezuela".
        let through_attacker = |it: &&super::sentence::Item| {
            (act.tok_e..it.tok_s)
                .all(|k| v.is(k, Sense::SourcePrep) || v.is(k, Sense::Of) || v.is(k, Sense::The))
        };
        let after = v
            .items
            .iter()
            .find(|it| !it.venezuela && (it.tok_s == act.tok_e + 1 || it.tok_s == act.tok_e + 2))
            .filter(through_attacker)
            .map_or(act.tok_e, |it| it.tok_e);
        let prep = if after > act.tok_e { after..after + 2 } else { act.tok_e..act.tok_e + 2 }
            .find(|&k| v.is(k, Sense::AttackPrep));
        let Some(prep) = prep else {
            // "condemned the operation", "celebró la captura": an attack the article has
            // already reported, named with a definite article (maybe past its author: "the U.S.
            // raid").
            let mut k = act.tok_s;
            while k > te && v.items.iter().any(|it| it.tok_e == k && !it.venezuela) {
                k = v.items.iter().find(|it| it.tok_e == k).map_or(k, |it| it.tok_s);
            }
            let definite = k > 0
                && (v.is(k - 1, Sense::The) || v.is(k - 1, Sense::AnaphorDet) || v.is(k - 1, Sense::OfThe));
            let known = definite && self.mem.attack_seen;
            // "rejected the military intervention" once one has been reported: that one.
            let armed = act.cue == Cue::Intervention && self.mem.armed_attack_seen;
            return known.then_some(if armed { Cue::Attack } else { act.cue });
        };
        let Some(target) = v.items.iter().find(|it| it.tok_s > prep && it.tok_s <= prep + 6) else {
            // "the capture of the dictator", "la caída del régimen".
            let regime = (prep + 1..(prep + 4).min(self.n()))
                .take_while(|&k| !v.punct(k))
                .any(|k| v.regime_word(k) || v.is(k, Sense::Insult));
            return (regime && act.cue != Cue::Intervention).then_some(act.cue);
        };
        // "the attacks on protesters by Maduro's forces": Venezuela named after "by" is the
        // attacker, not the target.
        if (prep + 1..target.tok_s).any(|k| v.is(k, Sense::By)) {
            return None;
        }
        // "the arrest of the Venezuelan opposition leader", "a detenção do líder opositor
        // venezuelano": an act against Maduro's opponents is no attack on his side.
        let opposed = (prep + 1..(target.tok_e + 3).min(self.n())).any(|k| {
            v.opposition_people.contains(&k)
                || v.cues
                    .iter()
                    .any(|c| c.tok_s == k && matches!(c.cue, Cue::BenOpposition | Cue::OppositionRole))
        });
        if opposed {
            return None;
        }
        let through = (prep + 1..target.tok_s).all(|k| !v.punct(k) || v.word(k) == "'s");
        // "the U.S. intervention in Venezuela", "a intervenção armada dos Estados Unidos na
        // Venezuela", "operação dos EUA na Venezuela": an act with a foreign author named, there,
        // is that state's attack on it.
        let author_before = v.items.iter().find(|it| !it.venezuela && it.tok_e == act.tok_s);
        let authored = after > act.tok_e || author_before.is_some();
        let start = author_before.map_or(act.tok_s, |it| it.tok_s);
        let hypothesis = (start.saturating_sub(2)..start).any(|k| v.is(k, Sense::AnyDet));
        if authored && !hypothesis && through && target.venezuela {
            return Some(Cue::Attack);
        }
        if !(through && target.venezuela && target.role != Role::Place) {
            // "in Venezuela" is where, not whom: only a neutral intervention may be "in" it.
            let neutral_in = act.cue == Cue::Intervention && target.venezuela && through;
            return neutral_in.then_some(Cue::Intervention);
        }
        Some(act.cue)
    }

    /// What a judgment is about, looking back from the judging word: "called the vote a triumph",
    /// "said the Venezuelan election was", "recognized Guaidó as the legitimate president".
    fn target_before(&self, from: usize, t: usize) -> Option<Target> {
        self.target_before_at(from, t).map(|(target, _)| target)
    }

    /// [`Self::target_before`], with the token where the target starts.
    fn target_before_at(&self, from: usize, t: usize) -> Option<(Target, usize)> {
        let v = self.v;
        let found = |target: Target, i: usize| {
            // The target's own first token: "Maduro's victory" starts at the name.
            let start = v.items.iter().find(|it| it.tok_s <= i && i < it.tok_e).map_or(i, |it| it.tok_s);
            Some((target, start))
        };
        for i in (from..t).rev() {
            if v.opposition_people.contains(&i) {
                return found(Target::Opposition, i);
            }
            if let Some(it) = v.items.iter().find(|it| it.tok_s == i && it.venezuela) {
                if v.cues
                    .iter()
                    .any(|c| c.tok_s == it.tok_e && matches!(c.cue, Cue::BenOpposition | Cue::OppositionRole))
                {
                    return found(Target::Opposition, i);
                }
                if it.agent_capable || it.kind == Kind::Regime {
                    return found(Target::Regime, i);
                }
            }
            for c in v.cues.iter().filter(|c| c.tok_s == i) {
                match c.cue {
                    Cue::BenOpposition | Cue::OppositionRole => return found(Target::Opposition, i),
                    Cue::ElectionWord | Cue::Inauguration => return found(Target::Regime, i),
                    Cue::BenRegime if v.regime_word(i) => return found(Target::Regime, i),
                    _ => {}
                }
            }
            if v.is(i, Sense::ObjectPronoun) && !v.is(i, Sense::Possessive) {
                if let Some(target) = self.pronoun_target(i) {
                    return found(target, i);
                }
            }
        }
        None
    }

    /// Whom an object pronoun at `i` stands for: the person named last before it ("… opposition
    /// leader Juan Guaidó, a day after Trump recognized him"), else Maduro's side when the
    /// sentence or the one before names Venezuela.
    fn pronoun_target(&self, i: usize) -> Option<Target> {
        let v = self.v;
        let rival = v.opposition_people.iter().copied().filter(|&k| k < i).max();
        let regime = v
            .items
            .iter()
            .filter(|it| it.venezuela && matches!(it.kind, Kind::Regime | Kind::Leader) && it.tok_s < i)
            .map(|it| it.tok_s)
            .max();
        if rival.is_some_and(|r| regime.is_none_or(|m| r > m)) {
            Some(Target::Opposition)
        } else if regime.is_none() && self.mem.last_person.is_some() {
            self.mem.last_person
        } else if v.venezuela_in(0, i) || self.mem.previous_had_venezuela {
            Some(Target::Regime)
        } else {
            None
        }
    }

    /// "Iran called the vote a triumph of the Venezuelan people", "the legitimate government of
    /// Nicolás Maduro": approval of Maduro's side or his election supports it; a denial of it
    /// ("does not consider Maduro the legitimate president") rejects it.
    fn praise(&mut self, ci: usize) {
        let v = self.v;
        let cue = v.cues[ci];
        let (t, te) = (cue.tok_s, cue.tok_e);
        if !self.venezuela_context() {
            return;
        }
        let mut agent = self.agent_before(t);
        let mut from = self.agent_end(agent, t);
        let mut negation_from = from;
        // "Havana said that Maduro was still 'the constitutional president'": Maduro is the
        // subject of what a state said; the speaker holds the judgment.
        if let Some(Agent::Venezuela(i)) = agent {
            let it = &v.items[i];
            let predicate = (it.tok_e..t).all(|k| {
                v.is(k, Sense::Copula)
                    || v.is(k, Sense::Remain)
                    || v.is(k, Sense::The)
                    || v.is(k, Sense::Determiner)
                    || v.is(k, Sense::Not)
                    || v.is(k, Sense::No)
                    || v.is(k, Sense::NoTail)
                    || v.has(k, Sense::PersonNoun)
                    || v.has(k, Sense::GovNoun)
                    || v.word(k).as_bytes() == [b'\x22']
            });
            let speech = (it.tok_s.saturating_sub(25).max(self.clause_start(t))..it.tok_s)
                .rev()
                .find(|&k| v.has(k, Sense::Speech));
            if let (true, Some(s)) = (predicate && it.tok_e < t, speech) {
                agent = self.agent_before(s).filter(|a| matches!(a, Agent::Group(_)));
                from = it.tok_s;
                negation_from = it.tok_e;
            }
        }
        let Some(Agent::Group(_)) = agent else { return };
        let attributive = v.is(t, Sense::Legitimate);
        let target = if attributive {
            // Only the head it qualifies: "legitimate government of", not "legitimate concerns".
            let mut k = te;
            while v.is(k, Sense::LegitimateMod) {
                k += 1;
            }
            // The head may also stand before the adjective: "el presidente legítimo".
            let head = v.items.iter().any(|it| it.tok_s == k && it.venezuela)
                || v.cues.iter().any(|c| c.tok_s == k && c.cue == Cue::ElectionWord)
                || v.has(k, Sense::GovNoun)
                || (t > from && v.has(t - 1, Sense::GovNoun));
            // "recognized Guaidó as the legitimate president": his legitimacy, not Maduro's.
            if !head || self.target_before(from, t) == Some(Target::Opposition) {
                return;
            }
            self.target_after(k, 6).or_else(|| self.target_before(from, t))
        } else {
            // "continued to work with 'the constitutional authorities of Venezuela'".
            self.target_before(from, t).or_else(|| {
                let head = v.has(te - 1, Sense::GovNoun) || v.has(te - 1, Sense::PersonNoun);
                let of = head
                    && (v.is(te, Sense::Of)
                        || (v.word(te).as_bytes() == [b'\x22'] && v.is(te + 1, Sense::Of)));
                if of {
                    self.target_after(te, 4)
                } else {
                    None
                }
            })
        };
        if target != Some(Target::Regime) {
            return; // the opposition's legitimacy is the recognition rule's business
        }
        let (stance, rule) = if self.negated(negation_from, t) {
            (Stance::Reject, "reject.denies_legitimacy")
        } else {
            (Stance::Recognize, "recognize.praises")
        };
        self.attribute(agent, (t, te), stance, Extra::NONE, rule, false);
    }

    fn election_doubt(&mut self, ci: usize) {
        let v = self.v;
        let cue = v.cues[ci];
        let (t, te) = (cue.tok_s, cue.tok_e);
        if !self.venezuela_context() {
            return;
        }
        let needs_demand = v.has(t, Sense::NeedsDemand);
        // "asked for an urgent meeting … to ensure the transparency of the vote": the demand
        // may stand early in the clause.
        let demand_from = t.saturating_sub(6).min(self.clause_start(t));
        if needs_demand && v.any_word(demand_from, t, Sense::Demand).is_none() {
            return;
        }
        let about_election =
            v.cues_in(t.saturating_sub(8), (te + 8).min(self.n())).any(|c| c.cue == Cue::ElectionWord);
        if !about_election {
            return;
        }
        // "after the disputed July 2024 election", "las elecciones cuestionadas": an attributive
        // word describes the vote, and says nothing of who doubts it.
        let demanded = v.any_word(t.saturating_sub(6), t, Sense::Demand).is_some();
        let before_election = !needs_demand
            && !demanded
            && t > 0
            && v.is(t - 1, Sense::Determiner)
            && v.cues_in(te, (te + 5).min(self.n())).any(|c| c.cue == Cue::ElectionWord);
        let after_election = !needs_demand
            && !demanded
            && v.lex.adjective_after_noun
            && v.cues.iter().any(|c| c.cue == Cue::ElectionWord && c.tok_e == t);
        if before_election || after_election {
            return;
        }
        let mut agent = self.source_after(te).map(Agent::Group).or_else(|| self.agent_before(t));
        // "expelled the diplomats of Chile and Peru for questioning Maduro's victory", "por
        // contestarem a vitória": the reason is the expelled countries' doubt.
        if t > 0 && (v.is(t - 1, Sense::ToFor) || v.is(t - 1, Sense::SourcePrep)) {
            let expelled = v.groups.iter().rposition(|g| {
                g.tok_e < t && g.tok_e + 3 >= t && g.role != Role::Agent && g.role != Role::Excluded
            });
            let expulsion = v
                .cues
                .iter()
                .any(|c| c.tok_s < t && matches!(c.cue, Cue::ExpelVerb | Cue::BreakVerb | Cue::WithdrawVerb));
            if let (Some(gi), true) = (expelled, expulsion) {
                agent = Some(Agent::Group(gi));
            }
        }
        if self.negated(self.agent_end(agent, t), t) {
            return;
        }
        self.attribute(agent, (t, te), Stance::Reject, Extra::NONE, "reject.questions_election", false);
    }

    fn fraud(&mut self, ci: usize) {
        let v = self.v;
        let cue = v.cues[ci];
        let (t, te) = (cue.tok_s, cue.tok_e);
        if !self.venezuela_context() {
            return;
        }
        // "called the vote a sham"; or said of Maduro's side in reported speech: "the EU said
        // that Maduro lacks legitimacy", "afirmó que su gobierno es ilegítimo".
        // "called the vote in Venezuela 'a significant anti-democratic action'".
        let judge = v.any_word(t.saturating_sub(6), t, Sense::Judgment).or_else(|| {
            v.any_word(t.saturating_sub(9), t, Sense::Judgment)
                .filter(|&j| v.cues_in(j, t).any(|c| c.cue == Cue::ElectionWord))
        });
        let judged = judge.is_some();
        // "called the abduction illegal", "calificó de ilegal la captura": the act is what is
        // unlawful, not Maduro's side (see `judged_unlawful`).
        if let Some(j) = judge {
            let end = (te + 4).min(self.clause_end(te));
            if v.cues.iter().any(|c| {
                c.tok_s > j
                    && c.tok_s < end
                    && matches!(c.cue, Cue::Attack | Cue::Sanction | Cue::Intervention)
            }) {
                return;
            }
            // "classificou a autoproclamação como 'usurpação do poder'": the opposition's act is
            // what is judged.
            if self.target_before(j + 1, t) == Some(Target::Opposition) {
                return;
            }
        }
        let said_of = || {
            let speech = (t.saturating_sub(14)..t).rev().find(|&k| v.has(k, Sense::Speech))?;
            self.target_before_at(speech + 1, t)
                .filter(|(target, _)| *target == Target::Regime)
                .map(|_| speech)
        };
        let holder_at = if let Some(j) = judge {
            // "declared that Maduro's victory was fraudulent": a judgment reported as speech is
            // held by whoever speaks, before the verb.
            if v.is(j + 1, Sense::Relative) {
                j
            } else {
                t
            }
        } else {
            match said_of() {
                Some(speech) => speech,
                None => return,
            }
        };
        let mut agent = self.agent_before(holder_at);
        // "… fizeram um apelo para que Maduro não assumisse após eleições apontadas como
        // fraudulentas": Maduro is the subject of the demand; who demands judges the vote.
        if matches!(agent, Some(Agent::Venezuela(_))) {
            if let Some(d) = (self.clause_start(t)..t).rev().find(|&k| v.is_in(k, Sense::Demand)) {
                agent = self.agent_before(d).filter(|a| matches!(a, Agent::Group(_)));
            }
        }
        // "Observers from Mexico said …": the speaker must be the state itself.
        let speaker_is_source = matches!(agent, Some(Agent::Group(gi)) if v.groups[gi].role == Role::Source);
        // A judgment's own negation stands right before it ("did not call the vote a fraud"); one
        // further back may belong to a demand ("pediram que Maduro não assumisse após eleições
        // apontadas como fraudulentas").
        let negated_from = judge.map_or(self.agent_end(agent, holder_at), |j| j.saturating_sub(3));
        // "was neither free, fair nor credible": the correlative belongs to the judgment.
        let correlative =
            (t.saturating_sub(6)..t).any(|k| v.is_in(k, Sense::Negation) && v.is(k, Sense::Joiner));
        if (!correlative && self.negated(negated_from.max(self.agent_end(agent, holder_at)), t))
            || (!judged && speaker_is_source)
        {
            return;
        }
        self.attribute(agent, (t, te), Stance::Reject, Extra::NONE, "reject.calls_it_fraud", false);
    }

    /// "Milei called Maduro a dictator" (but "Ortega is described as a dictator" is about Ortega).
    fn called_dictator(&mut self, ci: usize) {
        let v = self.v;
        let cue = v.cues[ci];
        let (t, te) = (cue.tok_s, cue.tok_e);
        let judged = v
            .any_word(t.saturating_sub(6), t, Sense::Judgment)
            .map(|verb| (verb..t).rev().find(|&i| v.is_in(i, Sense::Judgment)).unwrap_or(verb));
        let named = judged
            .is_some_and(|verb| v.items.iter().any(|it| it.venezuela && it.tok_s > verb && it.tok_s < t));
        let verb = if named { judged } else { self.insult_spoken(t, te) };
        let Some(verb) = verb else { return };
        let agent = self.agent_before(verb);
        if !matches!(agent, Some(Agent::Group(_))) && !named {
            return;
        }
        // "did not comment on the raid but said he shared 'the joy of Venezuelans freed from a
        // dictatorship'": a negation does not reach past "but".
        let from = self.agent_end(agent, verb);
        let from = (from..verb).rev().find(|&k| v.is(k, Sense::Contrast)).map_or(from, |c| c + 1);
        if self.negated(from, verb) {
            return;
        }
        self.attribute(agent, (verb, te), Stance::Reject, Extra::NONE, "reject.calls_him_dictator", false);
    }

    /// "Milei said Venezuela lives under 'a bloody dictatorship'", "welcomed what he called 'the
    /// end of a narco-regime'", "'We are watching the fall of a dictator,' Milei said": an
    /// insult a state's voice speaks, in an article about Venezuela, is said of Maduro's side
    /// unless another country owns it ("Argentina's last dictatorship", "la dictadura
    /// argentina"). The verb (or the insult itself, for a quote whose speaker follows).
    fn insult_spoken(&self, t: usize, te: usize) -> Option<usize> {
        let v = self.v;
        if !self.venezuela_context() {
            return None;
        }
        let foreign = v.items.iter().any(|it| {
            !it.venezuela
                && ((it.tok_e <= t && it.tok_e + 3 >= t && !(it.tok_e..t).any(|k| v.punct(k)))
                    || (it.tok_s >= te && it.tok_s <= te + 2 && !(te..it.tok_s).any(|k| v.punct(k))))
        });
        if foreign {
            return None;
        }
        let from = self.clause_start(t).max(t.saturating_sub(20));
        let quoted = (from..t).filter(|&k| v.word(k).as_bytes() == [b'\x22']).count() % 2 == 1;
        let said = (from..t).rev().find(|&k| v.has(k, Sense::Speech) || v.is_in(k, Sense::Judgment));
        match said {
            Some(k) => Some(k),
            None if quoted => Some(t),
            None => None,
        }
    }

    fn sanction(&mut self, ci: usize) {
        let v = self.v;
        let cue = v.cues[ci];
        let (t, te) = (cue.tok_s, cue.tok_e);
        if v.has(t, Sense::Court) {
            // Only a referral to the court is a stance; the court's own work is not.
            if v.any_word(t.saturating_sub(12), t, Sense::Refer).is_none() {
                return;
            }
        }
        // "Ortega's government, itself under heavy sanctions", "Iran, defying U.S. sanctions": the
        // one sanctioned, not the one who sanctions.
        if (t.saturating_sub(3)..t).any(|k| v.is(k, Sense::Under)) {
            return;
        }
        let mut agent = self.source_after(te).map(Agent::Group).or_else(|| self.agent_before(t));
        // "Peru barred Maduro and 100 officials from entering": Maduro is the one sanctioned.
        if let Some(Agent::Venezuela(vi)) = agent {
            let it = &v.items[vi];
            let object = it.tok_s > 0
                && !v.punct(it.tok_s - 1)
                && !v.is(it.tok_s - 1, Sense::The)
                && !v.has(it.tok_s - 1, Sense::Speech)
                && !v.is(it.tok_s - 1, Sense::Relative)
                && !v.punct(it.tok_e.min(self.n() - 1));
            if object {
                if let Some(a) = self.agent_before(it.tok_s).filter(|a| matches!(a, Agent::Group(_))) {
                    agent = Some(a);
                }
            }
        }
        let from = self.agent_end(agent, t);
        if v.cues_in(from, t).any(|c| c.cue == Cue::RejectVerb) {
            return; // "Russia condemned the sanctions on Venezuela": Russia opposes them
        }
        if v.has(t, Sense::AttackVerb) {
            // "attacked Venezuela", "atacaram a Venezuela": the object right after the verb.
            let object = (te..(te + 3).min(self.n()))
                .take_while(|&k| !v.punct(k))
                .any(|k| v.regime_word(k) || v.items.iter().any(|it| it.venezuela && it.tok_s == k));
            if !object {
                return;
            }
        }
        let end = (te + 12).min(self.clause_end(t));
        let pronoun = (from.min(t)..end).any(|i| v.is(i, Sense::PersonPronoun));
        let aimed = v.venezuela_in(from, end)
            || self.target_after(te, 12) == Some(Target::Regime)
            || (pronoun && (v.venezuela_in(0, t) || self.mem.previous_had_venezuela));
        if !aimed || self.negated(from, t) {
            return;
        }
        self.attribute(agent, (t, te), Stance::Reject, Extra::NONE, "reject.sanctions_or_prosecution", false);
    }

    /// "llamó a una salida pacífica", "encontrar una salida": a departure word after an
    /// indefinite article is a way out, not anyone's departure, unless it says whose ("una salida
    /// de Maduro del poder").
    fn way_out(&self, t: usize, te: usize) -> bool {
        let v = self.v;
        let indefinite =
            t > 0 && te == t + 1 && v.is(t - 1, Sense::SingularDet) && !v.is(t - 1, Sense::Relative);
        indefinite && !v.venezuela_in(te, (te + 3).min(self.n()))
    }

    fn departure(&mut self, ci: usize) {
        let v = self.v;
        let cue = v.cues[ci];
        let (t, te) = (cue.tok_s, cue.tok_e);
        // "exigió la salida del personal diplomático de …", "the departure of diplomatic staff":
        // the diplomats leave.
        let diplomats = v.cues.iter().any(|c| {
            c.cue == Cue::Diplomats
                && c.tok_s >= te
                && c.tok_s <= te + 3
                && (te..c.tok_s).all(|k| v.is(k, Sense::Of) || v.is(k, Sense::The) || v.is(k, Sense::OfThe))
        });
        if diplomats {
            self.ties_as(ci, Cue::WithdrawVerb);
            return;
        }
        if !self.venezuela_context() {
            return;
        }
        if self.way_out(t, te) {
            return;
        }
        let Some(d) = v.any_word(t.saturating_sub(14), t, Sense::Demand).map(|first| {
            // The demand nearest the departure.
            (first..t).rev().find(|&i| v.is_in(i, Sense::Demand)).unwrap_or(first)
        }) else {
            return;
        };
        if v.is(d, Sense::Condition) {
            // A condition is a demand only when something is offered for it (amnesty, guarantees).
            let offer = (0..d).any(|i| {
                v.is(i, Sense::Offer) || v.cues.iter().any(|c| c.tok_s == i && c.cue == Cue::Guarantee)
            });
            if !offer {
                return;
            }
        }
        let agent = self.agent_before(d);
        if self.negated(self.agent_end(agent, d), d) {
            return;
        }
        if (self.agent_end(agent, d)..d).any(|i| v.is(i, Sense::Veto)) {
            return; // "vetoed a resolution that called for new elections": the veto is support
        }
        self.attribute(agent, (d, te), Stance::Reject, Extra::NONE, "reject.demands_departure", false);
    }

    /// "Washington, which has said González won the most votes", "Estados Unidos cree que
    /// González obtuvo la mayoría de los votos": saying the opposition figure won rejects Maduro's claim.
    fn rival_won(&mut self, ci: usize) {
        let v = self.v;
        let cue = v.cues[ci];
        let (t, te) = (cue.tok_s, cue.tok_e);
        let Some(rival) = v.opposition_people.iter().copied().filter(|&p| p < t && t - p <= 4).max() else {
            return;
        };
        let rival =
            v.items.iter().find(|it| it.tok_s <= rival && rival < it.tok_e).map_or(rival, |it| it.tok_s);
        let view = (rival.saturating_sub(8)..rival)
            .rev()
            .find(|&k| v.has(k, Sense::Speech) || v.has(k, Sense::Believe));
        let Some(view) = view else { return };
        let agent = self.agent_before(view);
        if self.negated(self.agent_end(agent, view), rival) {
            return;
        }
        self.attribute(agent, (view, te), Stance::Reject, Extra::NONE, "reject.says_rival_won", false);
    }

    fn measures(&mut self, ci: usize) {
        let cue = self.v.cues[ci];
        let (t, te) = (cue.tok_s, cue.tok_e);
        if !self.v.venezuela_in(te, (te + 8).min(self.n())) {
            return;
        }
        let agent = self.agent_before(t);
        if self.negated(self.agent_end(agent, t), t) {
            return;
        }
        self.attribute(agent, (t, te), Stance::Reject, Extra::NONE, "reject.firm_measures", false);
    }

    // ---- breaking ties -----------------------------------------------------------------------

    fn ties(&mut self, ci: usize) {
        self.ties_as(ci, self.v.cues[ci].cue);
    }

    /// The ties rule for cue `ci` read as a verb of kind `kind` (a departure of diplomats is
    /// their withdrawal).
    fn ties_as(&mut self, ci: usize, kind: Cue) {
        let v = self.v;
        let cue = v.cues[ci];
        let t = cue.tok_s;
        if kind != Cue::WithdrawVerb && self.suspends_venezuela(ci) {
            return;
        }
        // "«Cutting ties would only hurt …», the minister said", "Romper relaciones sería un
        // error": a rupture named as the subject of a hypothetical is talked about, not done.
        let opens = (0..t).all(|k| v.word(k) == "\u{22}");
        let supposed = (cue.tok_e..(cue.tok_e + 4).min(self.n()))
            .any(|k| v.is(k, Sense::Conditional) || v.is(k, Sense::Ability) || v.is_in(k, Sense::Hedge));
        if opens && supposed {
            return;
        }
        // The diplomatic object nearest the verb, on either side; a list of countries between
        // them ("diplomats from Argentina, Chile and Uruguay to leave") counts as one word.
        let gap = |a: usize, b: usize| -> usize {
            let (lo, hi) = (a.min(b), a.max(b));
            let listed: usize = v
                .groups
                .iter()
                .filter(|g| !g.union && g.tok_s >= lo && g.tok_e <= hi)
                .map(|g| g.tok_e - g.tok_s - 1)
                .sum();
            hi - lo - listed.min(hi - lo)
        };
        let object = v
            .cues
            .iter()
            .filter(|c| matches!(c.cue, Cue::Ties | Cue::Diplomats))
            .filter(|c| c.tok_s != t && if c.tok_s < t { gap(c.tok_s, t) <= 6 } else { c.tok_s <= t + 7 })
            .filter(|c| self.clause_start(c.tok_s) == self.clause_start(t))
            .min_by_key(|c| gap(c.tok_s, t))
            .copied()
            // "Caracas broke with Colombia", "rompió con Colombia": the state right after "with"
            // is what is broken with.
            .or_else(|| {
                let with = cue.tok_e;
                let state_next = v.groups.iter().any(|g| g.tok_s == with + 1 && !g.union);
                (kind == Cue::BreakVerb && cue.tok_e == t + 1 && v.is(with, Sense::With) && state_next)
                    .then_some(crate::extract::sentence::CueAt {
                        tok_s: with,
                        tok_e: with + 1,
                        cue: Cue::Ties,
                    })
            });
        let Some(object) = object else { return };
        if object.cue == Cue::Ties {
            let diplomatic = v.has(object.tok_s, Sense::Diplomatic) || v.has(object.tok_e, Sense::Diplomatic);
            if kind != Cue::BreakVerb && !diplomatic {
                return;
            }
            let other = |i: usize| v.is_in(i, Sense::OtherTies);
            let after = object.tok_e..(object.tok_e + 2).min(self.n());
            if (object.tok_s.saturating_sub(2)..object.tok_s).any(other)
                || v.lex.adjective_after_noun && after.into_iter().any(other)
            {
                return;
            }
        }
        if v.has(t, Sense::Close) && !(object.tok_s..object.tok_e).any(|i| v.has(i, Sense::EmbassyNoun)) {
            return;
        }
        if !self.venezuela_context() {
            return;
        }
        let ts = t.min(object.tok_s);
        let te = cue.tok_e.max(object.tok_e);
        let mut agent = self.agent_before(ts);
        // "los intereses de Perú, cuyo personal diplomático salió del país": the state before the
        // possessive relative owns the diplomats and holds what they do.
        let whose_at = (object.tok_s.saturating_sub(2)..object.tok_s).find(|&k| v.is(k, Sense::Whose));
        let whose = whose_at.and_then(|k| {
            let end = if k > 0 && v.word(k - 1) == "," { k - 1 } else { k };
            // "de Perú en Venezuela, cuyo …": a place may close the antecedent.
            v.groups
                .iter()
                .rposition(|g| g.tok_e <= end && end - g.tok_e <= 2 && !g.union && g.role != Role::Excluded)
        });
        // "the seven countries whose diplomats Maduro expelled — Argentina, Chile, …": Maduro's
        // side acts on the diplomats of the countries the generic names after the clause.
        let expeller = whose_at.and_then(|_| {
            v.items.iter().position(|it| it.venezuela && it.tok_s >= object.tok_e && it.tok_e <= t)
        });
        let mut whose_target = None;
        if let (Some(k), Some(vi)) = (whose_at, expeller) {
            agent = Some(Agent::Venezuela(vi));
            whose_target = whose.or_else(|| {
                let generic =
                    k > 0 && (v.has(k - 1, Sense::CountriesNoun) || v.has(k - 1, Sense::GenericHead));
                let mut j = cue.tok_e;
                while j < self.n() && v.punct(j) && j < cue.tok_e + 3 {
                    j += 1;
                }
                v.groups.iter().position(|g| generic && g.tok_s == j && g.tok_s > cue.tok_e && !g.union)
            });
        } else if let Some(gi) = whose {
            agent = Some(Agent::Group(gi));
        }
        // "El Salvador ordered Maduro's diplomats to leave": the owner of the diplomats is no
        // holder; whoever stands before it is.
        if let Some(Agent::Venezuela(vi)) = agent {
            let it = &v.items[vi];
            // ("declared the Venezuelan ambassador persona non grata": so is an adjective.)
            let owns = (it.tok_e < object.tok_s && object.tok_s - it.tok_e <= 2 && v.word(it.tok_e) == "'s")
                || it.tok_e == object.tok_s;
            if owns {
                if let Some(a) = self.agent_before(it.tok_s).filter(|a| matches!(a, Agent::Group(_))) {
                    agent = Some(a);
                }
            }
        }
        // A negation reaches the verb from close by: "said Lima would «never endorse …» and
        // announced the recall of its ambassador" recalls him.
        if self.negated(self.agent_end(agent, ts).max(ts.saturating_sub(6)), ts) {
            return;
        }
        // "ordered Peru to withdraw", and "demanded that the governments of Peru and Panama withdraw":
        // the verb of coercion just before the verb, or just before the states told to.
        let told = match agent {
            Some(Agent::Group(gi)) => v.groups[gi].tok_s,
            _ => ts,
        };
        // "Diplomats from Peru were told to leave": between the diplomats and the verb.
        let coerced = v.any_word(ts.saturating_sub(6), ts, Sense::Coercion).is_some()
            || v.any_word(told.saturating_sub(5), told, Sense::Coercion).is_some()
            || (object.tok_e < t && v.any_word(object.tok_e, t, Sense::Coercion).is_some());
        let passive = t > 0 && (v.is(t - 1, Sense::Passive) || t > 1 && v.is(t - 2, Sense::Passive));
        let owner = self.owner(object.tok_s, object.tok_e);
        let cert = |c: &Self, from: usize| c.certainty(from, te, false);
        match agent {
            Some(Agent::Venezuela(vi)) => {
                let targets = match owner {
                    Owner::Group(g) => Some(g),
                    _ => whose_target.or_else(|| self.object_after(te)).or_else(|| self.antecedent(vi, te)),
                };
                if let Some(gi) = targets {
                    let g = v.groups[gi].clone();
                    let c = cert(self, v.items[vi].tok_s);
                    let rule = if kind == Cue::ExpelVerb {
                        "ties.venezuela_expels"
                    } else {
                        "ties.venezuela_breaks"
                    };
                    self.push_group(&g, Stance::BreakTies, c, Extra::initiator(VENEZUELA), rule);
                    self.initiator = Some(VENEZUELA);
                }
            }
            Some(Agent::Group(gi)) => {
                let g = v.groups[gi].clone();
                let owner_is_holder = match owner {
                    Owner::Group(o) => v.groups[o].actors.iter().any(|a| g.actors.iter().any(|b| b.0 == a.0)),
                    Owner::Own => true,
                    _ => false,
                };
                let (initiator, rule) = match kind {
                    Cue::ExpelVerb if owner_is_holder || passive => (VENEZUELA, "ties.diplomats_expelled"),
                    Cue::ExpelVerb => (SELF, "ties.expels_venezuelan_diplomats"),
                    Cue::WithdrawVerb if coerced && owner == Owner::Venezuela => {
                        (SELF, "ties.expels_venezuelan_diplomats")
                    }
                    Cue::WithdrawVerb if coerced => (VENEZUELA, "ties.diplomats_forced_out"),
                    Cue::WithdrawVerb => (SELF, "ties.withdraws_diplomats"),
                    _ => (SELF, "ties.breaks_ties"),
                };
                let target = match owner {
                    Owner::Group(o) if !owner_is_holder && kind == Cue::WithdrawVerb && coerced => {
                        v.groups[o].clone()
                    }
                    _ => g,
                };
                let c = cert(self, target.tok_s.min(ts));
                self.push_group(&target, Stance::BreakTies, c, Extra::initiator(initiator), rule);
                if initiator == VENEZUELA {
                    self.initiator = Some(VENEZUELA);
                }
            }
            _ => {
                let target = match owner {
                    Owner::Group(g) => Some(g),
                    _ => self.object_after(te),
                };
                let Some(gi) = target else { return };
                let g = v.groups[gi].clone();
                let (initiator, rule) = match kind {
                    Cue::ExpelVerb => (Some(VENEZUELA), "ties.diplomats_expelled"),
                    Cue::WithdrawVerb if coerced || self.mem.previous_initiator == Some(VENEZUELA) => {
                        (Some(VENEZUELA), "ties.diplomats_forced_out")
                    }
                    Cue::WithdrawVerb => (Some(SELF), "ties.withdraws_diplomats"),
                    _ if g.role == Role::Source => (Some(SELF), "ties.breaks_ties"),
                    _ => (self.mem.previous_initiator, "ties.broken"),
                };
                let c = cert(self, ts);
                let extra = Extra { beneficiary: None, initiator: Some(initiator.unwrap_or(NONE)) };
                self.push_group(&g, Stance::BreakTies, c, extra, rule);
                if initiator == Some(VENEZUELA) {
                    self.initiator = Some(VENEZUELA);
                }
            }
        }
    }

    /// "Mercosur suspended Venezuela", "the OAS expelled Venezuela from the bloc": a body (or a
    /// country) shutting Venezuela out rejects its government. Returns whether the cue was used.
    fn suspends_venezuela(&mut self, ci: usize) -> bool {
        let v = self.v;
        let cue = v.cues[ci];
        let (t, te) = (cue.tok_s, cue.tok_e);
        let at = if v.is(te, Sense::The) { te + 1 } else { te };
        let Some(it) = v.items.iter().find(|it| it.tok_s == at && it.venezuela && it.kind == Kind::Name)
        else {
            return false;
        };
        if v.word(it.tok_e) == "'s"
            || v.cues.iter().any(|c| c.tok_s == it.tok_e && matches!(c.cue, Cue::Ties | Cue::Diplomats))
        {
            return false;
        }
        let agent = self.agent_before(t);
        if !matches!(agent, Some(Agent::Group(_))) || self.negated(self.agent_end(agent, t), t) {
            return false;
        }
        self.attribute(agent, (t, te), Stance::Reject, Extra::NONE, "reject.suspends_venezuela", false);
        true
    }

    /// Whose diplomats: "Argentina's diplomatic mission", "Venezuelan diplomats", "the ambassadors
    /// of Peru", "representatives from Argentina, Chile…", "its diplomatic staff".
    fn owner(&self, os: usize, oe: usize) -> Owner {
        let v = self.v;
        let mut k = os;
        while k > 0 && (v.is(k - 1, Sense::OwnerSkip) || v.word(k - 1) == "'s") {
            k -= 1;
        }
        // "Argentina's embassy", "the Argentine embassy", "la embajada argentina".
        let postposed = |it: &super::sentence::Item| {
            v.lex.adjective_after_noun && it.kind == Kind::Adjective && it.tok_s == oe
        };
        let owner_item =
            v.items.iter().find(|it| it.tok_e == k || it.tok_e + 1 == k && v.word(k - 1) == "'s");
        if let Some(it) = owner_item.or_else(|| v.items.iter().find(|it| postposed(it))) {
            if it.venezuela {
                return Owner::Venezuela;
            }
            if let Some(g) =
                v.groups.iter().position(|g| g.tok_s <= it.tok_s && g.tok_e >= it.tok_e && !g.union)
            {
                return Owner::Group(g);
            }
        }
        if k > 0 && v.is(k - 1, Sense::Possessive) {
            return Owner::Own;
        }
        if v.is(oe, Sense::Of) || v.is(oe, Sense::SourcePrep) {
            let mut j = oe + 1;
            while v.is(j, Sense::The) {
                j += 1;
            }
            if let Some(it) = v.items.iter().find(|it| it.tok_s == j) {
                if it.venezuela {
                    return Owner::Venezuela;
                }
                if let Some(g) = v.groups.iter().position(|g| g.tok_s == j && !g.union) {
                    return Owner::Group(g);
                }
            }
            // "diplomatas de vários países, incluindo Argentina, Chile …": the countries a
            // generic owner names after "including" — past modifiers before the head and a
            // region after it ("of other Latin American countries, including …", "de outros
            // países da América Latina, incluindo …").
            if let Some(head) = (j..(j + 5).min(self.n())).find(|&i| v.is(i, Sense::CountriesNoun)) {
                let mut k = head + 1;
                let region = |i: usize| {
                    v.is(i, Sense::Of)
                        || v.is(i, Sense::The)
                        || (v.in_mention.get(i) == Some(&true)
                            && !v.items.iter().any(|it| it.tok_s <= i && i < it.tok_e))
                };
                while k < head + 5 && region(k) {
                    k += 1;
                }
                while v.is_char(k, b',') {
                    k += 1;
                }
                if v.is_in(k, Sense::Include) {
                    if let Some(g) = v.groups.iter().position(|g| g.tok_s > k && g.tok_s <= k + 2 && !g.union)
                    {
                        return Owner::Group(g);
                    }
                }
            }
        }
        Owner::None
    }

    /// "broke ties with seven countries", "expelled the ambassadors of Chile and Peru".
    fn object_after(&self, te: usize) -> Option<usize> {
        let v = self.v;
        let end = self.clause_end(te);
        v.groups.iter().position(|g| {
            g.tok_s >= te
                && g.tok_s <= te + 4
                && g.tok_s < end
                && g.role != Role::Excluded
                && !g.union
                && (te..g.tok_s).all(|k| !v.punct(k) || v.is_char(k, b'\''))
        })
    }

    /// "The seven countries that Venezuela has now cut diplomatic ties with, …": the countries
    /// before the relative pronoun are the object of the stranded "with".
    fn antecedent(&self, venezuela_item: usize, te: usize) -> Option<usize> {
        let v = self.v;
        let stranded = v.is(te, Sense::With) || v.is(te, Sense::ToFor);
        let after = if stranded { te + 1 } else { te };
        if after < self.n() && !v.punct(after) {
            return None;
        }
        let it = &v.items[venezuela_item];
        let rel = (it.tok_s.saturating_sub(3)..it.tok_s).find(|&k| v.is(k, Sense::Relative))?;
        v.groups.iter().position(|g| g.tok_e == rel && !g.union)
    }

    // ---- asylum ------------------------------------------------------------------------------

    fn asylum(&mut self, ci: usize) {
        let v = self.v;
        let cue = v.cues[ci];
        let (t, te) = (cue.tok_s, cue.tok_e);
        let section = self.mem.section;
        let mut rule = "asylum.granted_or_offered";
        match cue.cue {
            Cue::Protect => {
                if v.has(t, Sense::Welcome) && self.approves_attack(ci) {
                    return;
                }
                // "a text welcoming Maduro's removal" approves his fall; it shelters no one.
                if v.has(t, Sense::Welcome)
                    && v.cues_in(te, (te + 5).min(self.n())).any(|c| c.cue == Cue::Departure)
                {
                    return;
                }
                // "welcomed Maduro's victory" is support, not shelter.
                if v.cues_in(te, (te + 6).min(self.n())).any(|c| c.cue == Cue::ElectionWord) {
                    if v.has(t, Sense::Welcome) {
                        let agent = self.agent_before(t);
                        if !self.negated(self.agent_end(agent, t), t) && self.venezuela_context() {
                            self.attribute(
                                agent,
                                (t, te),
                                Stance::Recognize,
                                Extra::NONE,
                                "recognize.welcomed",
                                false,
                            );
                        }
                    }
                    return;
                }
                let person = self.person_near(t, te);
                // "Managua could open its doors", once the article speaks of Maduro's exile.
                let exile_offer = self.mem.exile_seen && self.hedged(self.clause_start(t), t);
                if !person && section.is_none() && !exile_offer {
                    return;
                }
                rule = if person { "asylum.protection" } else { "asylum.heading_context" };
            }
            Cue::Extradition => {
                let guarded = v.cues_in(t.saturating_sub(12), t).any(|c| c.cue == Cue::Guarantee)
                    || self.negated(t.saturating_sub(6), t);
                if !guarded {
                    return;
                }
                rule = "asylum.no_extradition";
            }
            _ => {}
        }
        // "asked for and received asylum": what was received was granted.
        let seeking = v
            .cues_in(t.saturating_sub(4), t)
            .any(|c| c.cue == Cue::Seek && !(c.tok_e..t).any(|k| v.is(k, Sense::Receive)))
            || v.cues_in(te, te + 1).any(|c| c.cue == Cue::Seek);
        let agent = self.agent_before(t);
        // An embassy closer to the cue than the named holder is where the shelter is.
        let embassy = self.embassy_owner(t).filter(|&(_, at)| match agent {
            Some(Agent::Group(g)) => at.abs_diff(t) <= t - self.v.groups[g].tok_e.min(t),
            _ => true,
        });
        let embassy = embassy.map(|(g, _)| g);
        // "Maduro would be welcomed in Minsk": the place someone would be welcomed in is the host
        // ("was welcomed in Moscow" is a visit, not a refuge).
        let welcomed_in = cue.cue == Cue::Protect
            && v.has(t, Sense::Welcome)
            && t > 1
            && v.is(t - 1, Sense::Passive)
            && v.is(t - 2, Sense::Conditional);
        // "no extradition to the United States": where one would be sent is not the host.
        let destination = if (cue.cue == Cue::Protect && !welcomed_in) || cue.cue == Cue::Extradition {
            None
        } else {
            self.destination(te)
        };
        if cue.cue != Cue::Extradition {
            let from = self.agent_end(agent, t).max(t.saturating_sub(6));
            // A denial reaches over what it denies: "negó «cualquier conversación» sobre la
            // acogida de dirigentes chavistas".
            let denial_from = self.agent_end(agent, t).max(t.saturating_sub(10));
            let denied = (denial_from..t).any(|i| v.is_in(i, Sense::Denial))
                || self.negated(from, t)
                || self.denied_that(self.agent_start(agent, t));
            if denied {
                return;
            }
        }
        let beneficiary = match self.beneficiary(t, te) {
            Some(Some(b)) => b,
            Some(None) => return, // another country's people: not about Venezuela
            None => match section.and_then(|s| s.beneficiary) {
                Some(b) => b,
                // "Argentina granted them asylum", "the asylum it granted the six": the people
                // the article last spoke of.
                None if self.mem.last_sheltered.is_some() && self.names_people_back(t, te) => {
                    self.mem.last_sheltered.unwrap_or(Beneficiary::Opposition)
                }
                // "Turkey has been floated as a landing spot", "would take him in": in an article
                // about Venezuela, an exile with no one else named is Maduro's.
                None if self.venezuela_context()
                    && (self.mem.exile_seen
                        && cue.cue == Cue::Protect
                        && self.hedged(self.clause_start(t), t)
                        || (t..te).any(|i| v.has(i, Sense::ExileWord))
                        || (t.saturating_sub(2)..(te + 2).min(self.n()))
                            .any(|i| v.is(i, Sense::PersonPronoun))) =>
                {
                    Beneficiary::Regime
                }
                None => return,
            },
        };
        // "insist that he seek refuge in another nation", "asilo en otro país": whoever sends
        // Maduro elsewhere is not his host; it wants him gone.
        let elsewhere = (te..(te + 2).min(self.n())).find(|&i| v.is(i, Sense::DestPrep)).is_some_and(|p| {
            v.is(p + 1, Sense::SingularDet)
                && (v.is(p + 2, Sense::CountryNoun) || v.is(p + 2, Sense::GenericHead))
        });
        if elsewhere && embassy.is_none() && destination.is_none() {
            let demanded =
                v.any_word(self.clause_start(t).max(t.saturating_sub(10)), t, Sense::Demand).is_some();
            if demanded && beneficiary == Beneficiary::Regime && !self.negated(self.agent_end(agent, t), t) {
                self.attribute(
                    agent,
                    (t, te),
                    Stance::Reject,
                    Extra::NONE,
                    "reject.demands_departure",
                    false,
                );
            }
            return;
        }
        let extra = Extra { beneficiary: Some(beneficiary), initiator: None };
        let hedge = seeking || section.is_some_and(|s| s.hedged);
        // "flew to Spain, where he has received political asylum", "viajó a España, donde
        // recibió asilo": the place the relative "where" stands for is the host.
        let where_place = || {
            let w = (t.saturating_sub(6)..t).rev().find(|&k| v.is(k, Sense::Where))?;
            if (w..t).any(|k| v.punct(k)) || self.negated(w, t) {
                return None;
            }
            v.groups.iter().position(|g| {
                (g.tok_e == w || (g.tok_e + 1 == w && v.is_char(g.tok_e, b',')))
                    && !g.union
                    && g.role != Role::Excluded
            })
        };
        let where_place =
            if embassy.is_none() && destination.is_none() && !seeking { where_place() } else { None };
        if let Some(gi) = embassy.or(destination).or(where_place) {
            let g = v.groups[gi].clone();
            let cert = self.certainty(self.agent_start(agent, t).min(g.tok_s).min(t), te.max(g.tok_e), hedge);
            let rule = if embassy.is_some() {
                "asylum.embassy_shelter"
            } else if seeking {
                "asylum.sought_in"
            } else {
                "asylum.refuge_in"
            };
            self.push_group(&g, Stance::OfferAsylum, cert, extra, rule);
            return;
        }
        self.attribute(agent, (t, te), Stance::OfferAsylum, extra, rule, hedge);
    }

    /// "Maduro could board a plane bound for Russia", "podría huir a Cuba", "poderia fugir para a
    /// Turquia": a hedged journey of Maduro's side names a possible host of its exile. Unhedged,
    /// a journey is a visit ("Maduro flew to Moscow"), and no stance.
    fn flight(&mut self, ci: usize) {
        let v = self.v;
        let cue = v.cues[ci];
        let (t, te) = (cue.tok_s, cue.tok_e);
        // "the possibility of him going to Mexico", "a possibilidade de ele ir para o México": a
        // pronoun right before the journey, once the article speaks of Maduro's exile, is his.
        let from = if self.mem.exile_seen && t > 0 && v.is(t - 1, Sense::PersonPronoun) {
            t - 1
        } else {
            match self.agent_before(t) {
                Some(Agent::Venezuela(vi)) if v.items[vi].kind == Kind::Regime => v.items[vi].tok_e,
                _ => return,
            }
        };
        let hedged = self.hedged(self.clause_start(from), t) || self.mem.section.is_some_and(|s| s.hedged);
        if !hedged || self.negated(from, t) {
            return;
        }
        let mut j = te;
        while v.is(j, Sense::DestSkip) || v.is(j, Sense::The) {
            j += 1;
        }
        let Some(g) = v.groups.iter().find(|g| g.tok_s == j && g.role != Role::Excluded && !g.union).cloned()
        else {
            return;
        };
        let extra = Extra { beneficiary: Some(Beneficiary::Regime), initiator: None };
        self.push_group(&g, Stance::OfferAsylum, Certainty::Speculative, extra, "asylum.exile_destination");
    }

    /// Whether people named earlier are pointed back at right around an asylum cue: "granted
    /// them asylum", "granted the six diplomatic asylum", "the asylum it granted the six".
    fn names_people_back(&self, t: usize, te: usize) -> bool {
        let v = self.v;
        let (from, to) = (t.saturating_sub(3), (te + 4).min(self.n()));
        (from..to).any(|k| {
            v.is(k, Sense::PluralPronoun)
                || (v.is(k, Sense::The) && v.is(k + 1, Sense::Number) && !v.has(k + 2, Sense::CountriesNoun))
        })
    }

    /// A person who could be sheltered, within a few words: dissidents, officials, Maduro.
    fn person_near(&self, t: usize, te: usize) -> bool {
        let v = self.v;
        let (from, to) = (t.saturating_sub(5), (te + 6).min(self.n()));
        if (t..to).any(|i| v.is(i, Sense::PersonPronoun)) && self.venezuela_context() {
            return true; // "take him in", "open its doors to him"
        }
        v.cues_in(from, to)
            .any(|c| matches!(c.cue, Cue::BenRegime | Cue::BenOpposition | Cue::OppositionRole))
            || v.opposition_people.iter().any(|&p| p >= from && p < to)
            || v.items
                .iter()
                .any(|it| it.venezuela && it.kind == Kind::Regime && it.tok_s >= from && it.tok_s < to)
    }

    /// `Some(Some(b))` a Venezuelan beneficiary; `Some(None)` someone else's; `None` unknown.
    fn beneficiary(&self, t: usize, te: usize) -> Option<Option<Beneficiary>> {
        let v = self.v;
        let n = self.n();
        let at = |i: usize| -> Option<Option<Beneficiary>> {
            if v.opposition_people.contains(&i) {
                return Some(Some(Beneficiary::Opposition));
            }
            if let Some(it) = v.items.iter().find(|it| it.tok_s == i) {
                // "asylum to Maduro's rival", "to a Maduro opponent": his opponent is the one.
                let possessed = v.word(it.tok_e) == "'s" && self.opposition_at(it.tok_e + 1);
                if it.venezuela && it.kind == Kind::Regime && (possessed || self.opposition_at(it.tok_e)) {
                    return Some(Some(Beneficiary::Opposition));
                }
                if it.venezuela && it.kind == Kind::Regime {
                    return Some(Some(Beneficiary::Regime));
                }
                // "asylum to Evo Morales", "refuge for Bolivian officials": someone else's people.
                if !it.venezuela && i > te && i <= te + 2 && v.is(i - 1, Sense::ToFor) {
                    return Some(None);
                }
            }
            for c in v.cues.iter().filter(|c| c.tok_s == i) {
                match c.cue {
                    Cue::BenOpposition | Cue::OppositionRole => return Some(Some(Beneficiary::Opposition)),
                    Cue::BenRegime if !v.foreign_before(i) => return Some(Some(Beneficiary::Regime)),
                    _ => {}
                }
            }
            None
        };
        // "acogió en 2024 al depuesto presidente sirio Bachar al Asad": another state's leader
        // is the one sheltered, before anyone of Venezuela's is named.
        let end = (te + 8).min(self.clause_end(te));
        let foreign_leader = v.items.iter().find(|it| it.tok_s > te && it.tok_s < end).filter(|it| {
            !it.venezuela
                && (it.tok_s.saturating_sub(3)..it.tok_s).any(|k| v.has(k, Sense::PersonNoun))
                && (te..it.tok_s).any(|k| v.is(k, Sense::ToFor))
                && !v.items.iter().any(|o| o.venezuela && o.tok_s >= te && o.tok_s < it.tok_s)
        });
        if foreign_leader.is_some() {
            return Some(None);
        }
        (te..(te + 12).min(n)).find_map(at).or_else(|| (t.saturating_sub(15)..t).rev().find_map(at))
    }

    /// "in the Argentine embassy", "Argentina's embassy", "the embassy of Argentina".
    fn embassy_owner(&self, t: usize) -> Option<(usize, usize)> {
        let v = self.v;
        let near = t.saturating_sub(14)..(t + 14).min(self.n());
        let embassy = v.cues.iter().find(|c| {
            near.contains(&c.tok_s)
                && c.cue == Cue::Diplomats
                && (c.tok_s..c.tok_e).any(|i| v.has(i, Sense::EmbassyNoun))
        })?;
        match self.owner(embassy.tok_s, embassy.tok_e) {
            Owner::Group(g) => Some((g, embassy.tok_s)),
            _ => None,
        }
    }

    /// "asylum in Spain", "seeking asylum beyond Russia or Cuba".
    fn destination(&self, te: usize) -> Option<usize> {
        let v = self.v;
        let limit = (te + 2).min(self.clause_end(te));
        // "asylum in Spain", and "asilo político de España", "recebeu asilo da Espanha": the
        // state whose asylum it is.
        let prep = (te..limit).find(|&i| v.is(i, Sense::DestPrep) || v.is(i, Sense::Of))?;
        let mut j = prep + 1;
        while v.is(j, Sense::DestSkip) {
            j += 1;
        }
        v.groups.iter().position(|g| g.tok_s == j && g.role != Role::Excluded && !g.union)
    }
}

/// Whom a judgment or recognition is about: Maduro's side or the opposition.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Regime,
    Opposition,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Owner {
    Venezuela,
    Group(usize),
    /// "its diplomatic staff": the holder's own.
    Own,
    None,
}

/// Placeholder initiators resolved per actor by `push_group`.
const SELF: &str = "\u{0}self";
const NONE: &str = "\u{0}none";

#[derive(Clone, Copy)]
struct Extra {
    beneficiary: Option<Beneficiary>,
    initiator: Option<&'static str>,
}

impl Extra {
    const NONE: Extra = Extra { beneficiary: None, initiator: None };
    fn initiator(code: &'static str) -> Extra {
        Extra { beneficiary: None, initiator: Some(code) }
    }
}

/// A list's bullet: "-", "*", "•", "–", "—", "·".
fn is_bullet(word: &str) -> bool {
    matches!(word, "-" | "*" | "\u{2022}" | "\u{2013}" | "\u{2014}" | "\u{b7}")
}

fn class_rule(stance: Stance) -> &'static str {
    match stance {
        Stance::Recognize => "recognize.listed_after_generic",
        Stance::Reject => "reject.listed_after_generic",
        Stance::BreakTies => "ties.listed_after_generic",
        Stance::OfferAsylum => "asylum.listed_after_generic",
    }
}
