use article_explorer::components::page::explorer::ExplorerProps;
use article_explorer::data::DataRef;
use web_sys::{HtmlElement, HtmlIFrameElement};
use yew::prelude::*;

use crate::frame::{mount_reader, on_width, set_style, srcdoc};
use crate::preview::Frame;

#[derive(Properties, PartialEq)]
pub struct PreviewFrameProps {
    pub data: DataRef,
    pub frame: Frame,
}

/// One frame of its width and height with the real reader in it, scaled
/// down (never up) to the width of the slot it sits in.
#[function_component(PreviewFrame)]
pub fn preview_frame(props: &PreviewFrameProps) -> Html {
    let (stage, iframe) = (use_node_ref(), use_node_ref());
    let (width, height) = props.frame.size();
    use_effect_with((props.data.clone(), props.frame), {
        let (stage, iframe) = (stage.clone(), iframe.clone());
        move |(data, view)| {
            let (data, view) = (data.clone(), *view);
            let mounted = iframe.cast::<HtmlIFrameElement>().map(|frame| {
                mount_reader(&frame, move || ExplorerProps {
                    query: view.query(&data).into(),
                    narrow: view.narrow(),
                    // The phone's list folds, as on a phone.
                    folds: view.narrow(),
                    preview: true,
                    data: data.clone(),
                })
            });
            let observer = stage.cast::<HtmlElement>().and_then(|stage| {
                let room = stage.parent_element()?;
                Some(on_width(&room, move |room| fit(&stage, room, view.size())))
            });
            move || drop((mounted, observer))
        }
    });
    let title = format!("Preview: {}", props.frame.label());
    html! {
        <div class="preview-slot">
            <div class="preview-stage" ref={stage}>
                <iframe ref={iframe} class={classes!("preview-frame", props.frame.class())} srcdoc={srcdoc()} {title}
                    width={width.to_string()} height={height.to_string()} />
            </div>
        </div>
    }
}

/// Scales the stage's frame to `room` pixels of width (its 1 px border
/// aside), never above its own size.
fn fit(stage: &HtmlElement, room: f64, (width, height): (u32, u32)) {
    if room <= 2.0 {
        return;
    }
    let scale = ((room - 2.0) / f64::from(width)).min(1.0);
    set_style(stage, "--scale", &format!("{scale:.4}"));
    set_style(
        stage,
        "width",
        &format!("{:.1}px", f64::from(width) * scale),
    );
    set_style(
        stage,
        "height",
        &format!("{:.1}px", f64::from(height) * scale),
    );
}
