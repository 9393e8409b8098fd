use yew::prelude::*;

use super::about_data::about_data;
use super::toast::ToastRegion;
use crate::data::use_data;
use crate::hooks::ExportFormat;
use crate::state::Toast;

#[derive(Properties, PartialEq)]
pub struct DataFooterProps {
    /// Behind the filters' open sheet: out of reach.
    pub inert: bool,
    pub toast: Option<Toast>,
    pub oncopy: Callback<()>,
    pub onexport: Callback<ExportFormat>,
    /// The studio's address with this view ("Embed").
    pub studio: AttrValue,
}

/// A chart footer: the quiet actions (share, export, get the data, embed),
/// the source, and "About this data" (version, hash, corrections; embedded
/// with the app, so they show offline too).
#[function_component(DataFooter)]
pub fn data_footer(props: &DataFooterProps) -> Html {
    let data = use_data();
    let d = data.dataset;
    let export = |format: ExportFormat| props.onexport.reform(move |_| format);
    html! {
        <footer class="data-footer" inert={props.inert}>
            <p class="actions" role="group" aria-label="Share and export">
                <button type="button" class="quiet-button" onclick={props.oncopy.reform(|_| ())}>{"Copy link"}</button>
                <button type="button" class="quiet-button" onclick={export(ExportFormat::Csv)}>{"Export CSV"}</button>
                <button type="button" class="quiet-button" onclick={export(ExportFormat::Json)}>{"Export JSON"}</button>
                <button type="button" class="quiet-button" onclick={export(ExportFormat::Dataset)}>{"Get the data"}</button>
                <a class="quiet-button" href={props.studio.clone()}>{"Embed"}</a>
            </p>
            <p>{"Source: "}<cite>{d.article.title.clone()}</cite></p>
            {about_data(&data)}
            <ToastRegion toast={props.toast.clone()} />
        </footer>
    }
}
