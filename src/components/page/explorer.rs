use yew::prelude::*;

use super::app::App;
use crate::data::DataRef;

#[derive(Properties, PartialEq)]
pub struct ExplorerProps {
    /// The article and dataset to explore.
    pub data: DataRef,
    /// The page's query string, the state to start in.
    pub query: AttrValue,
    /// A phone-sized screen, where the filters start folded.
    #[prop_or_default]
    pub narrow: bool,
    /// Mounted as a preview inside another page (the studio's): the reader
    /// leaves that page's address, history and host alone.
    #[prop_or_default]
    pub preview: bool,
    /// A screen where the result list folds (`AppProps::folds`).
    #[prop_or_default]
    pub folds: bool,
}

/// The explorer over any dataset: hands the data to every component through
/// a context, so tests can mount a fixture the same way the page mounts the
/// embedded article.
#[function_component(Explorer)]
pub fn explorer(props: &ExplorerProps) -> Html {
    html! {
        <ContextProvider<DataRef> context={props.data.clone()}>
            <App query={props.query.clone()} narrow={props.narrow} preview={props.preview} folds={props.folds} />
        </ContextProvider<DataRef>>
    }
}
