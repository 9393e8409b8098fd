//! The typed schema of an article's dataset. The source of truth is a JSON
//! file (`data/dataset.json`); these types are what it must deserialize into.
//!
//! Ids are unique across every collection, so a reference such as a
//! statement's `speaker` can point at a person or a party without a tag.

use serde::{Deserialize, Serialize};

/// A verbatim slice of the article: byte offsets into the UTF-8 text plus the
/// text itself, so a reader of the data file can see what it points at and
/// the validator can prove the two agree.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// An article's dataset: who says what in it, the figures, how claims
/// relate, and the places and times it names.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "authoring", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "authoring", schemars(deny_unknown_fields))]
pub struct Dataset {
    /// The data's own version, raised with every correction.
    pub version: String,
    /// What changed in the data, when and why, newest last.
    #[serde(default)]
    pub corrections: Vec<Correction>,
    /// The article's title, language, section heads and what the page says about it.
    pub article: ArticleMeta,
    /// The sides a reader tells apart (for a conflict: each belligerent,
    /// the mediators, the analysts), in the order their chips show. Each
    /// party names its side; one colour per side, by position.
    #[serde(default)]
    pub sides: Vec<Side>,
    /// The states, governments, forces, groups and sources the text names.
    pub parties: Vec<Party>,
    /// The people the text names, each with the role it gives them.
    pub people: Vec<Person>,
    /// What someone (or the article itself) says: one passage each.
    pub statements: Vec<Statement>,
    /// The numbers and quantities the text gives, each with who claims it.
    pub figures: Vec<Figure>,
    /// How claims relate: contradicts, conflicts, differs, denies, repeats.
    #[serde(default)]
    pub relations: Vec<Relation>,
    /// The places the text names as places.
    pub places: Vec<Place>,
    /// The times the text names ("on Friday", "in October").
    pub times: Vec<TimeRef>,
    /// Numbers in the text that are no claim ("the two countries"), each with
    /// the reason, so that every number in the article is accounted for.
    pub non_claims: Vec<NonClaim>,
    /// Capitalised words that name nothing ("Islamic" as an adjective, the
    /// title "Mr"), so the name check can tell them from a missing entity.
    #[serde(default)]
    pub ordinary_capitals: Vec<OrdinaryCapital>,
    /// Words the article itself puts in quotation marks (scare quotes such
    /// as “defence locations”): the article's words, no speaker's.
    #[serde(default)]
    pub scare_quotes: Vec<ScareQuote>,
}

/// One dated entry of the data's correction log.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "authoring", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "authoring", schemars(deny_unknown_fields))]
pub struct Correction {
    /// ISO date, YYYY-MM-DD.
    pub date: String,
    /// What the entry corrects: this dataset (`data`, the default: a
    /// reading, a label or an id changed) or the article itself
    /// (`article`: a correction its publisher made to the text). The page
    /// names corrections of the article apart from changes to the data.
    #[serde(default)]
    pub kind: CorrectionKind,
    /// What changed, in words a reader follows.
    pub change: String,
    /// Why: what the text says.
    pub reason: String,
    /// The newest entry's seal: the data's content hash when the entry was
    /// written (`seal`); `check` fails when the data no longer matches.
    #[serde(default)]
    pub content_hash: Option<String>,
}

/// What a correction-log entry corrects (`Correction::kind`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "authoring", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum CorrectionKind {
    /// A change to the data: how it reads the text, its labels or ids.
    #[default]
    Data,
    /// A correction of the article itself, made by its publisher.
    Article,
}

/// What the page says about the article: its title, language and section heads.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "authoring", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "authoring", schemars(deny_unknown_fields))]
pub struct ArticleMeta {
    /// The page's headline (written by the editor when the text has none).
    pub title: String,
    /// True when the title is the editor's, not the article's.
    pub title_editor_supplied: bool,
    /// One line under the headline: what happened, in the text's own terms.
    /// Its numbers and its quoted words must be the article's; absent: no
    /// line.
    #[serde(default)]
    pub summary: Option<String>,
    /// The article's language, as a BCP 47 tag ("en").
    pub language: String,
    /// The section heads as they appear in the text; the paragraphs between
    /// them are derived from the text itself (blocks separated by a blank line).
    pub section_heads: Vec<Span>,
    /// One sentence about the article for the page's meta description and
    /// the app manifest; absent: one made from the title.
    #[serde(default)]
    pub description: Option<String>,
    /// The installed app's short name (manifest `short_name`); absent:
    /// "Article explorer".
    #[serde(default)]
    pub short_name: Option<String>,
    /// Example searches for the search box's placeholder ("e.g. …"); empty:
    /// a neutral placeholder.
    #[serde(default)]
    pub search_examples: Vec<String>,
    /// A standing caveat the article itself states about the figures
    /// ("Neither side's claims could be independently verified"), shown
    /// with the contested claims; absent when the text says none.
    #[serde(default)]
    pub caveat: Option<Span>,
}

/// A side, shown as a chip in its own colour.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "authoring", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "authoring", schemars(deny_unknown_fields))]
pub struct Side {
    /// Unique across every collection.
    pub id: String,
    /// The side's name on its chip.
    pub name: String,
    /// Why these parties are grouped so, where it is a judgement call.
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "authoring", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum PartyKind {
    /// A country as an actor ("Ruritania says").
    State,
    /// A government, ministry or government office.
    Government,
    /// A state's army, air force or other armed service.
    ArmedForces,
    /// An armed group that is no state's force (a militia, an insurgency).
    ArmedGroup,
    /// A body such as the UN, a court or a university.
    Institution,
    /// A newspaper, broadcaster or news agency.
    MediaOutlet,
    /// Unnamed sources ("officials said", "a source told").
    AnonymousSource,
    /// Any other group of people (residents, families, aid workers).
    Group,
    /// The article's own voice: what the reporter states unattributed.
    Narrator,
}

impl PartyKind {
    pub fn label(self) -> &'static str {
        match self {
            PartyKind::State => "State",
            PartyKind::Government => "Government",
            PartyKind::ArmedForces => "Armed forces",
            PartyKind::ArmedGroup => "Armed group",
            PartyKind::Institution => "Institution",
            PartyKind::MediaOutlet => "Media outlet",
            PartyKind::AnonymousSource => "Anonymous source",
            PartyKind::Group => "Group",
            PartyKind::Narrator => "The article itself",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "authoring", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "authoring", schemars(deny_unknown_fields))]
pub struct Party {
    /// Unique across every collection.
    pub id: String,
    /// The party's name as the reader sees it.
    pub name: String,
    /// What sort of party it is.
    pub kind: PartyKind,
    /// The state a government, ministry or armed force belongs to.
    #[serde(default)]
    pub country: Option<String>,
    /// The names the text uses for this party, each with one place it occurs.
    #[serde(default)]
    pub aliases: Vec<Span>,
    /// The side the party is on (a `sides` id); a judgement call the
    /// dataset's note on sides explains.
    #[serde(default)]
    pub side: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "authoring", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "authoring", schemars(deny_unknown_fields))]
pub struct Person {
    /// Unique across every collection.
    pub id: String,
    /// The person's name as the text gives it.
    pub name: String,
    /// The role as the text gives it.
    pub role: String,
    /// The rank, where the text gives one apart from the role.
    #[serde(default)]
    pub rank: Option<String>,
    /// The party the person speaks for; None when they speak for no one
    /// (an analyst).
    #[serde(default)]
    pub party: Option<String>,
    /// An institution the person belongs to without speaking for it.
    #[serde(default)]
    pub affiliation: Option<String>,
    /// The side of a person who speaks for no party (an analyst); others
    /// are on their party's side.
    #[serde(default)]
    pub side: Option<String>,
    /// Where the text first names the person.
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "authoring", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum StatementKind {
    /// An assertion of fact ("we destroyed 22 targets").
    Claim,
    /// A warning of harm to come.
    Threat,
    /// A rejection of another claim.
    Denial,
    /// A call on someone to act or refrain ("calls for restraint").
    Appeal,
    /// An offer to do something (to mediate, to talk).
    Offer,
    /// A judgement or analysis, often an analyst's.
    Assessment,
    /// An account of events, passed on rather than asserted as one's own.
    Report,
    /// A charge of wrongdoing against someone.
    Accusation,
    /// A formal notice of a decision or an action.
    Announcement,
}

impl StatementKind {
    pub const ALL: [StatementKind; 9] = [
        StatementKind::Claim,
        StatementKind::Threat,
        StatementKind::Denial,
        StatementKind::Appeal,
        StatementKind::Offer,
        StatementKind::Assessment,
        StatementKind::Report,
        StatementKind::Accusation,
        StatementKind::Announcement,
    ];
    pub fn label(self) -> &'static str {
        match self {
            StatementKind::Claim => "Claim",
            StatementKind::Threat => "Threat",
            StatementKind::Denial => "Denial",
            StatementKind::Appeal => "Appeal",
            StatementKind::Offer => "Offer",
            StatementKind::Assessment => "Assessment",
            StatementKind::Report => "Report",
            StatementKind::Accusation => "Accusation",
            StatementKind::Announcement => "Announcement",
        }
    }
    pub fn key(self) -> &'static str {
        match self {
            StatementKind::Claim => "claim",
            StatementKind::Threat => "threat",
            StatementKind::Denial => "denial",
            StatementKind::Appeal => "appeal",
            StatementKind::Offer => "offer",
            StatementKind::Assessment => "assessment",
            StatementKind::Report => "report",
            StatementKind::Accusation => "accusation",
            StatementKind::Announcement => "announcement",
        }
    }
}

/// How the statement reached the public, as the text says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "authoring", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// A post on X.
    PostOnX,
    /// A post on Twitter (so named by the text).
    PostOnTwitter,
    /// A post on Telegram.
    PostOnTelegram,
    /// Broadcast or published by state media.
    StateMedia,
    /// A written or spoken statement.
    Statement,
    /// A phone call between leaders or officials.
    PhoneCall,
    /// A meeting not open to the press.
    InternalMeeting,
    /// A formal announcement.
    Announcement,
    /// "said", with no channel given.
    Unspecified,
}

impl Channel {
    pub const ALL: [Channel; 9] = [
        Channel::PostOnX,
        Channel::PostOnTwitter,
        Channel::PostOnTelegram,
        Channel::StateMedia,
        Channel::Statement,
        Channel::PhoneCall,
        Channel::InternalMeeting,
        Channel::Announcement,
        Channel::Unspecified,
    ];
    pub fn label(self) -> &'static str {
        match self {
            Channel::PostOnX => "Post on X",
            Channel::PostOnTwitter => "Post on Twitter",
            Channel::PostOnTelegram => "Post on Telegram",
            Channel::StateMedia => "State media",
            Channel::Statement => "Statement",
            Channel::PhoneCall => "Phone call",
            Channel::InternalMeeting => "Internal meeting",
            Channel::Announcement => "Announcement",
            Channel::Unspecified => "Not stated",
        }
    }
    pub fn key(self) -> &'static str {
        match self {
            Channel::PostOnX => "x",
            Channel::PostOnTwitter => "twitter",
            Channel::PostOnTelegram => "telegram",
            Channel::StateMedia => "state_media",
            Channel::Statement => "statement",
            Channel::PhoneCall => "phone_call",
            Channel::InternalMeeting => "internal_meeting",
            Channel::Announcement => "announcement",
            Channel::Unspecified => "unspecified",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "authoring", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// The passage is the speaker's words in quotation marks.
    FullQuote,
    /// Only some of the words are the speaker's, in quotation marks (a minister's
    /// "militant operatives"); the rest is the reporter's.
    PartialQuote,
    /// The text reports what was said in its own words.
    Paraphrase,
}

impl Mode {
    pub fn label(self) -> &'static str {
        match self {
            Mode::FullQuote => "Direct quote",
            Mode::PartialQuote => "Partial quote",
            Mode::Paraphrase => "Paraphrase",
        }
    }
}

/// A word of the text that hedges the statement: the reporter does not
/// vouch for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "authoring", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Hedge {
    /// "estimated".
    Estimated,
    /// "allegedly".
    Allegedly,
    /// "is said to".
    IsSaidTo,
    /// "it is understood".
    ItIsUnderstood,
    /// "reportedly".
    Reportedly,
}

impl Hedge {
    pub fn label(self) -> &'static str {
        match self {
            Hedge::Estimated => "Estimated",
            Hedge::Allegedly => "Allegedly",
            Hedge::IsSaidTo => "Is said to",
            Hedge::ItIsUnderstood => "It is understood",
            Hedge::Reportedly => "Reportedly",
        }
    }
    pub fn key(self) -> &'static str {
        match self {
            Hedge::Estimated => "estimated",
            Hedge::Allegedly => "allegedly",
            Hedge::IsSaidTo => "is_said_to",
            Hedge::ItIsUnderstood => "it_is_understood",
            Hedge::Reportedly => "reportedly",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "authoring", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "authoring", schemars(deny_unknown_fields))]
pub struct Statement {
    /// Unique across every collection.
    pub id: String,
    /// A person or a party id (anonymous sources are parties).
    pub speaker: String,
    /// How it reached the public.
    pub channel: Channel,
    /// What sort of statement it is.
    pub kind: StatementKind,
    /// The parties the statement is about.
    pub about: Vec<String>,
    /// Whose words the passage is: quoted, partly quoted or paraphrased.
    pub mode: Mode,
    /// Words of the text that hedge it ("estimated", "allegedly").
    #[serde(default)]
    pub hedges: Vec<Hedge>,
    /// The passage of the text.
    pub span: Span,
    /// A judgement call in the data, shown to the reader.
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "authoring", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// The number as a count ("274 killed").
    Exact,
    /// "about 20,000", "some 300": a round number, not a count.
    About,
    /// "at least 12".
    AtLeast,
    /// "more than 200".
    MoreThan,
    /// "many", with no number.
    Many,
    /// "some", with no number.
    Some,
    /// "several", with no number.
    Several,
    /// "dozens", with no number.
    Dozens,
    /// "hundreds", with no number.
    Hundreds,
    /// "thousands", with no number.
    Thousands,
    /// "no reported casualties": an absence, not a zero.
    NoneReported,
    /// A bare "others" ("others are missing"): more of them, no number.
    Others,
}

impl Qualifier {
    /// How the figure reads in words, e.g. "at least 12".
    pub fn describe(self, value: Option<u64>) -> String {
        let n = value.map(group_thousands).unwrap_or_default();
        match self {
            Qualifier::Exact => n,
            Qualifier::About => format!("about {n}"),
            Qualifier::AtLeast => format!("at least {n}"),
            Qualifier::MoreThan => format!("more than {n}"),
            Qualifier::Many => "many".to_string(),
            Qualifier::Some => "some".to_string(),
            Qualifier::Several => "several".to_string(),
            Qualifier::Dozens => "dozens".to_string(),
            Qualifier::Hundreds => "hundreds".to_string(),
            Qualifier::Thousands => "thousands".to_string(),
            Qualifier::NoneReported => "none reported".to_string(),
            Qualifier::Others => "others".to_string(),
        }
    }

    /// A quantity with a number ("at least 12"), not a vague word.
    pub fn has_value(self) -> bool {
        matches!(
            self,
            Qualifier::Exact | Qualifier::About | Qualifier::AtLeast | Qualifier::MoreThan
        )
    }
}

/// 20000 -> "20,000", as the article writes numbers.
pub fn group_thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "authoring", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// People killed.
    Killed,
    /// People wounded or injured.
    Wounded,
    /// Killed and wounded together, as the text counts them.
    Casualties,
    /// Military targets hit or destroyed.
    MilitaryTargets,
    /// Fighters from abroad.
    ForeignFighters,
    /// Attacks, strikes or raids.
    Attacks,
    /// Deaths not said to be killings (of illness, in an accident).
    Deaths,
    /// People missing.
    Missing,
    /// People detained or arrested.
    Detained,
    /// People driven from their homes.
    Displaced,
    /// Fighters of a group, counted where they are ("many of its fighters
    /// are based in the country").
    Fighters,
}

impl Unit {
    pub const ALL: [Unit; 11] = [
        Unit::Killed,
        Unit::Wounded,
        Unit::Casualties,
        Unit::MilitaryTargets,
        Unit::ForeignFighters,
        Unit::Attacks,
        Unit::Deaths,
        Unit::Missing,
        Unit::Detained,
        Unit::Displaced,
        Unit::Fighters,
    ];
    pub fn label(self) -> &'static str {
        match self {
            Unit::Killed => "Killed",
            Unit::Wounded => "Wounded",
            Unit::Casualties => "Casualties",
            Unit::MilitaryTargets => "Military targets",
            Unit::ForeignFighters => "Foreign fighters",
            Unit::Attacks => "Attacks",
            Unit::Deaths => "Deaths",
            Unit::Missing => "Missing",
            Unit::Detained => "Detained",
            Unit::Displaced => "Displaced",
            Unit::Fighters => "Fighters",
        }
    }
    pub fn key(self) -> &'static str {
        match self {
            Unit::Killed => "killed",
            Unit::Wounded => "wounded",
            Unit::Casualties => "casualties",
            Unit::MilitaryTargets => "military_targets",
            Unit::ForeignFighters => "foreign_fighters",
            Unit::Attacks => "attacks",
            Unit::Deaths => "deaths",
            Unit::Missing => "missing",
            Unit::Detained => "detained",
            Unit::Displaced => "displaced",
            Unit::Fighters => "fighters",
        }
    }
    /// The words a reader may search for a figure of this unit by: a
    /// search for "casualties" or "dead" finds the killed.
    pub fn search_words(self) -> &'static str {
        match self {
            Unit::Killed => "killed dead deaths casualties toll",
            Unit::Wounded => "wounded injured casualties",
            Unit::Casualties => "casualties killed dead deaths wounded injured",
            Unit::MilitaryTargets => "military targets",
            Unit::ForeignFighters => "foreign fighters",
            Unit::Attacks => "attacks",
            Unit::Deaths => "deaths dead killed casualties toll",
            Unit::Missing => "missing",
            Unit::Detained => "detained arrested",
            Unit::Displaced => "displaced",
            Unit::Fighters => "fighters militants",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "authoring", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "authoring", schemars(deny_unknown_fields))]
pub struct Figure {
    /// Unique across every collection.
    pub id: String,
    /// None for the vague quantities and "no reported".
    pub value: Option<u64>,
    /// How the number is given: exact, about, at least, or a word with no number.
    pub qualifier: Qualifier,
    /// Other readings the wording allows ("concerns over 20,000": about
    /// 20,000, or more than 20,000), shown with `note`.
    #[serde(default)]
    pub readings: Vec<Qualifier>,
    /// What is counted.
    pub unit: Unit,
    /// What it counts, in words ("militant operatives killed").
    pub counts: String,
    /// Whose losses or whose side the figure counts, where the text says.
    #[serde(default)]
    pub subjects: Vec<String>,
    /// Who claims it: a person or party id; None when the text names no one.
    #[serde(default)]
    pub claimant: Option<String>,
    /// The statement the figure is part of, if any.
    #[serde(default)]
    pub statement: Option<String>,
    /// The number's words in the text.
    pub span: Span,
    /// A judgement call in the data, shown to the reader.
    #[serde(default)]
    pub note: Option<String>,
    /// What the claim covers, in a few words beside its bar ("strikes on
    /// the capital and two provinces").
    #[serde(default)]
    pub scope: Option<String>,
}

/// How two claims relate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "authoring", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum RelationKind {
    /// Rival accounts of one event that cannot both be true.
    Contradicts,
    /// Rival accounts that could both hold ("at least 12" against 40).
    Conflicts,
    /// The same claimant, or another scope (133 against 274).
    Differs,
    /// `from` is a statement that rejects the claim `to`.
    Denies,
    /// The same claim reported twice (a lede's paraphrase and the
    /// spokesman's quote of the same number): no second claim, no dispute.
    Repeats,
}

impl RelationKind {
    pub fn label(self) -> &'static str {
        match self {
            RelationKind::Contradicts => "Contradicts",
            RelationKind::Conflicts => "Conflicts",
            RelationKind::Differs => "Differs",
            RelationKind::Denies => "Denies",
            RelationKind::Repeats => "Repeats",
        }
    }
    /// Whether one side disputes the other ("contested only" keeps them);
    /// `differs` and `repeats` are no dispute.
    pub fn disputes(self) -> bool {
        !matches!(self, RelationKind::Differs | RelationKind::Repeats)
    }
}

/// A relation between two statements or figures, with the reason.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "authoring", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "authoring", schemars(deny_unknown_fields))]
pub struct Relation {
    /// How the two claims relate.
    pub kind: RelationKind,
    /// A statement or figure id.
    pub from: String,
    /// A statement or figure id.
    pub to: String,
    /// One line for the reader: why the two relate this way.
    pub note: String,
    /// For `denies` only: which part of the claim `to` the denial rejects,
    /// in a few words ("the strikes on the capital", not the toll); absent when
    /// it denies the whole claim.
    #[serde(default)]
    pub part: Option<String>,
    /// The question a group of related figures answers, shown as the group's
    /// headline ("How many did the shelling kill?"). Exactly one relation of
    /// each group of figures has one; a relation between statements has none.
    #[serde(default)]
    pub question: Option<String>,
}

/// Words the article puts in quotation marks as its own (scare quotes).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "authoring", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "authoring", schemars(deny_unknown_fields))]
pub struct ScareQuote {
    /// The quoted words, quotation marks included.
    pub span: Span,
    /// Why they are the article's own words.
    pub note: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "authoring", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum PlaceKind {
    /// A country.
    Country,
    /// A city.
    City,
    /// A town or village, smaller than a city.
    Town,
    /// A province, state or other administrative division.
    Province,
    /// A region: an area named by geography or custom, not administration.
    Region,
    /// A border or a border crossing.
    Border,
    /// Named with no word of what it is (a name that is both a city and a province):
    /// the place's name says so to the reader.
    Unstated,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "authoring", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "authoring", schemars(deny_unknown_fields))]
pub struct Place {
    /// Unique across every collection.
    pub id: String,
    /// The place's name.
    pub name: String,
    /// What sort of place it is, as the text says.
    pub kind: PlaceKind,
    /// Places used as a place (not as a name for a government, which is a
    /// party alias), each occurrence listed.
    pub spans: Vec<Span>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "authoring", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "authoring", schemars(deny_unknown_fields))]
pub struct TimeRef {
    /// Unique across every collection.
    pub id: String,
    /// What it refers to, in words ("Friday, the day of the attacks").
    pub label: String,
    /// The time's words in the text.
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "authoring", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "authoring", schemars(deny_unknown_fields))]
pub struct NonClaim {
    /// The number's words in the text.
    pub span: Span,
    /// Why it is no claim ("a count of countries, not of losses").
    pub reason: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "authoring", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "authoring", schemars(deny_unknown_fields))]
pub struct OrdinaryCapital {
    /// The word as written.
    pub word: String,
    /// Why it names nothing ("an adjective", "a title").
    pub reason: String,
}
