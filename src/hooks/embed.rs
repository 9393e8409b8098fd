//! An embed's side effects: telling the host page the reader's state,
//! taking the state the host restores (validated like a URL), and "Copy
//! link" through the host.

use explorer_core::read::embed::{full_explorer, reader_query, HostLink};
use explorer_core::read::url_state::{decode, encode, UrlState};
use yew::prelude::*;

use crate::browser;
use crate::data::use_data;
use crate::hooks::copy_then_tell;
use crate::state::Action;

/// Posts the reader's state to the host page whenever it changes, and takes
/// the host script's one message: the host page's link, and the state it
/// restores from its own URL, decoded exactly as a URL is. A preview of an
/// embed (`host_page` false) has no host page: it neither posts nor listens.
#[hook]
pub fn use_embed_host(
    url: &UrlState,
    connected: bool,
    dispatch: Callback<Action>,
    host_page: bool,
) {
    use_effect_with((reader_query(url), connected), move |(query, connected)| {
        if host_page {
            browser::post_state_to_parent(query, *connected);
        }
    });
    let data = use_data();
    use_effect_with((), move |_| {
        let listener = host_page.then(|| {
            browser::on_host_message(move |m| {
                let Some(link) = HostLink::parse(&m.page, &m.key, &m.origin) else {
                    return;
                };
                let restored = m.query.map(|q| decode(&q, &data.index));
                dispatch.emit(Action::ConnectHost(link, restored));
                browser::repost_height();
            })
        });
        move || drop(listener)
    });
}

/// "Copy link" in an embed: the host page's link with this state when a
/// host script introduced the page, else the full explorer's link.
#[hook]
pub fn use_embed_copy_link(
    url: &UrlState,
    host: Option<HostLink>,
    dispatch: Callback<Action>,
) -> Callback<MouseEvent> {
    use_callback((url.clone(), host), move |_: MouseEvent, (url, host)| {
        let link = match host {
            Some(host) => host.link(&reader_query(url)),
            None => browser::url_with_query(&encode(&full_explorer(url))),
        };
        let refused = format!("Copy this link: {link}");
        copy_then_tell(link, "Link copied.".into(), refused, &dispatch);
    })
}
