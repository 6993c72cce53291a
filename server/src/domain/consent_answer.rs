//! A consent answer as the consent form sends it (the button pressed and the boxes
//! ticked), and the rule for what it may be: agreeing means granting something, and
//! images of people are shown only with the project; declining everything is its own
//! answer (the page's other button), whatever is ticked.

use crate::domain::publication::Scope;

/// What is granted, per scope.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Grants {
    pub publish: bool,
    pub photos: bool,
    pub contact: bool,
}

impl Grants {
    /// Nothing granted: declining everything.
    pub const NONE: Grants = Grants {
        publish: false,
        photos: false,
        contact: false,
    };

    /// Whether anything was granted.
    pub fn any(self) -> bool {
        self.publish || self.photos || self.contact
    }

    /// Each scope with its answer, in the order the form asks.
    pub fn by_scope(self) -> [(Scope, bool); 3] {
        [
            (Scope::Publish, self.publish),
            (Scope::Photos, self.photos),
            (Scope::Contact, self.contact),
        ]
    }
}

/// The button the person answering pressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// "I agree to what I ticked".
    Agree,
    /// "I decline": nothing is granted, whatever is ticked.
    DeclineAll,
}

impl Choice {
    /// The form's `answer` value: `agree` or `decline`.
    pub fn parse(value: &str) -> Option<Choice> {
        match value {
            "agree" => Some(Choice::Agree),
            "decline" => Some(Choice::DeclineAll),
            _ => None,
        }
    }
}

/// An answer as submitted, not checked yet: the button pressed (none when the request
/// named neither), and the boxes ticked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Submitted {
    pub choice: Option<Choice>,
    pub ticked: Grants,
}

impl From<Grants> for Submitted {
    /// For callers that already know what is granted (the demo seed): granting nothing
    /// is declining everything.
    fn from(grants: Grants) -> Self {
        Submitted {
            choice: Some(if grants.any() {
                Choice::Agree
            } else {
                Choice::DeclineAll
            }),
            ticked: grants,
        }
    }
}

/// Why a submitted answer cannot be recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AnswerProblem {
    /// Neither button: no answer at all.
    #[error("no answer chosen")]
    NoChoice,
    /// "I agree" with no box ticked: agreeing to nothing is not an answer.
    #[error("an agreement with nothing ticked")]
    NothingTicked,
    /// Images of people ticked without the project itself: they are only ever shown on
    /// the project's page.
    #[error("photos without publishing")]
    PhotosWithoutPublish,
}

impl AnswerProblem {
    /// The Fluent key saying what to do.
    pub fn key(self) -> &'static str {
        match self {
            AnswerProblem::NoChoice => "consent-choose-answer",
            AnswerProblem::NothingTicked => "consent-nothing-ticked",
            AnswerProblem::PhotosWithoutPublish => "consent-photos-need-publish",
        }
    }
}

/// A checked answer: what will be recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConsentAnswer {
    /// At least one scope granted; photos only with publishing.
    Agreed(Grants),
    /// Every scope declined.
    DeclinedAll,
}

impl Submitted {
    /// The rule: an agreement grants exactly what is ticked, which must be something, and
    /// photos only together with publishing; declining grants nothing.
    pub fn check(self) -> Result<ConsentAnswer, AnswerProblem> {
        match self.choice {
            None => Err(AnswerProblem::NoChoice),
            Some(Choice::DeclineAll) => Ok(ConsentAnswer::DeclinedAll),
            Some(Choice::Agree) if !self.ticked.any() => Err(AnswerProblem::NothingTicked),
            Some(Choice::Agree) if self.ticked.photos && !self.ticked.publish => {
                Err(AnswerProblem::PhotosWithoutPublish)
            }
            Some(Choice::Agree) => Ok(ConsentAnswer::Agreed(self.ticked)),
        }
    }
}

impl ConsentAnswer {
    /// What is granted, per scope.
    pub fn grants(self) -> Grants {
        match self {
            ConsentAnswer::Agreed(grants) => grants,
            ConsentAnswer::DeclinedAll => Grants::NONE,
        }
    }

    /// Whether the person agreed to something.
    pub fn agreed(self) -> bool {
        matches!(self, ConsentAnswer::Agreed(_))
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn ticked(publish: bool, photos: bool, contact: bool) -> Grants {
        Grants {
            publish,
            photos,
            contact,
        }
    }

    #[test]
    fn agreeing_to_nothing_is_refused() {
        let answer = Submitted {
            choice: Some(Choice::Agree),
            ticked: Grants::NONE,
        };
        assert_eq!(answer.check(), Err(AnswerProblem::NothingTicked));
    }

    #[test]
    fn photos_need_publishing() {
        for contact in [false, true] {
            let answer = Submitted {
                choice: Some(Choice::Agree),
                ticked: ticked(false, true, contact),
            };
            assert_eq!(answer.check(), Err(AnswerProblem::PhotosWithoutPublish));
        }
    }

    #[test]
    fn declining_everything_is_an_answer_whatever_is_ticked() {
        let answer = Submitted {
            choice: Some(Choice::DeclineAll),
            ticked: ticked(true, true, true),
        };
        assert_eq!(answer.check(), Ok(ConsentAnswer::DeclinedAll));
        assert_eq!(ConsentAnswer::DeclinedAll.grants(), Grants::NONE);
        assert!(!ConsentAnswer::DeclinedAll.agreed());
    }

    #[test]
    fn contact_alone_is_an_agreement() {
        let answer = Submitted {
            choice: Some(Choice::Agree),
            ticked: ticked(false, false, true),
        };
        assert_eq!(answer.check().map(ConsentAnswer::grants), Ok(answer.ticked));
    }

    #[test]
    fn no_button_is_no_answer() {
        let answer = Submitted {
            choice: None,
            ticked: ticked(true, false, false),
        };
        assert_eq!(answer.check(), Err(AnswerProblem::NoChoice));
    }

    #[test]
    fn the_buttons_parse() {
        assert_eq!(Choice::parse("agree"), Some(Choice::Agree));
        assert_eq!(Choice::parse("decline"), Some(Choice::DeclineAll));
        assert_eq!(Choice::parse(""), None);
        assert_eq!(Choice::parse("Agree"), None);
    }

    #[test]
    fn known_grants_keep_their_meaning() {
        assert_eq!(
            Submitted::from(Grants::NONE).check(),
            Ok(ConsentAnswer::DeclinedAll)
        );
        let publish = ticked(true, false, false);
        assert_eq!(
            Submitted::from(publish).check(),
            Ok(ConsentAnswer::Agreed(publish))
        );
    }

    proptest! {
        #[test]
        fn an_agreement_grants_exactly_what_is_ticked_and_something(
            publish: bool, photos: bool, contact: bool, agree: bool,
        ) {
            let answer = Submitted {
                choice: Some(if agree { Choice::Agree } else { Choice::DeclineAll }),
                ticked: ticked(publish, photos, contact),
            };
            match answer.check() {
                Ok(ConsentAnswer::Agreed(grants)) => {
                    prop_assert!(agree);
                    prop_assert_eq!(grants, answer.ticked);
                    prop_assert!(grants.any());
                    prop_assert!(!grants.photos || grants.publish);
                }
                Ok(ConsentAnswer::DeclinedAll) => prop_assert!(!agree),
                Err(_) => prop_assert!(agree),
            }
        }
    }
}
