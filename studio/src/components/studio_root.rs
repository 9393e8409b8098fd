use yew::prelude::*;

use super::studio_page::StudioPage;
use article_explorer::data::DataRef;

#[derive(Properties, PartialEq)]
pub struct StudioProps {
    /// The article and dataset the studio publishes.
    pub data: DataRef,
    /// The studio's query string: the reader's view it was opened from.
    pub query: AttrValue,
}

/// The studio over any dataset, handed to its components through a
/// context, as the reader's `Explorer` does.
#[function_component(Studio)]
pub fn studio(props: &StudioProps) -> Html {
    html! {
        <ContextProvider<DataRef> context={props.data.clone()}>
            <StudioPage query={props.query.clone()} />
        </ContextProvider<DataRef>>
    }
}
