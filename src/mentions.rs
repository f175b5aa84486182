//! Mentions of names (places, institutions, people), collected once per document.

use crate::document::Document;

#[derive(Default, Debug)]
pub struct Mentions {}

impl Mentions {
    pub fn collect(_doc: &Document) -> Mentions {
        Mentions {}
    }
}
