//! A role's full profile.

use crate::context::{use_data, use_notices, use_store};
use crate::controls::add_to_compare;
use crate::erase::{handler, CollectAny};
use crate::views::pay_bars::PayBars;
use career_model::codes::country_name;
use career_model::compare::{lacking, lacking_line};
use career_model::gather::Gather;
use career_model::pay::{by_country, scale_top};
use career_model::profile::{
    notes_by_topic, qualifier_lines, related_roles, skills_by_category, steps_into, steps_out_of,
};
use career_model::state::View;
use career_model::{Salary, Topic};
use leptos::html::H2;
use leptos::prelude::*;

#[component]
pub fn RoleProfile(id: String) -> impl IntoView {
    let store = use_store();
    let data = use_data();
    let notices = use_notices();
    let heading = NodeRef::<H2>::new();
    // Focus moves to the heading, so keyboard and screen-reader users land on the profile:
    // in the next frame, once the profile is in the page (its file may have just come).
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            request_animation_frame(move || {
                let _ = h.focus();
            });
        }
    });

    let catalog = data.0.get_untracked();
    let ds = &catalog.ds;
    let Some(role) = ds.role(&id).cloned() else {
        return view! { <p>"This role is not in the dataset."</p> }.into_any();
    };
    let title_ref = |rid: &str| ds.role(rid).map_or(rid.to_string(), |r| r.title.clone());
    let src = |sid: &str| ds.source_title(sid).to_string();

    // The same facts, worded the same, as Compare's first rows.
    let facts = career_model::compare::role_facts(ds, &role);

    let sourced_list = |items: &[career_model::Sourced]| {
        items
            .iter()
            .map(|it| {
                view! {
                    <li>
                        {it.text.clone()}
                        " "
                        <span class="ce-cite">"(“" {src(&it.source)} "”)"</span>
                    </li>
                }
            })
            .collect_any()
    };

    let skills = skills_by_category(ds, &role)
        .into_iter()
        .map(|(cat, list)| {
            let names = list.iter().map(|s| s.name.clone()).join_with(", ");
            view! {
                <div>
                    <dt>{cat.label()}</dt>
                    <dd>{names}</dd>
                </div>
            }
        })
        .collect_any();

    // What the articles say beyond duties, one section per topic, each line with its source.
    let by_topic: Vec<(Topic, Vec<(String, String)>)> = notes_by_topic(&role)
        .into_iter()
        .map(|(t, list)| (t, list.into_iter().map(|n| (n.text.clone(), src(&n.source))).gather()))
        .gather();
    let topic = move |t: Topic| {
        by_topic.iter().find(|(x, _)| *x == t).map(|(_, list)| {
            let items = list
                .iter()
                .map(|(text, cite)| view! { <li>{text.clone()} " " <span class="ce-cite">"(“" {cite.clone()} "”)"</span></li> })
                .collect_any();
            view! { <section><h3>{t.heading()}</h3><ul>{items}</ul></section> }
        })
    };
    let weighed: Vec<(String, String)> = qualifier_lines(ds, &role).map(|(line, q)| (line, src(&q.source))).gather();
    let weighed = (!weighed.is_empty()).then(|| {
        let items = weighed
            .into_iter()
            .map(|(line, cite)| view! { <li>{line} " " <span class="ce-cite">"(“" {cite} "”)"</span></li> })
            .collect_any();
        view! { <h4>"How the articles weigh them"</h4><ul>{items}</ul> }
    });

    let industries: Vec<String> = role
        .industries
        .iter()
        .map(|i| ds.industries.iter().find(|x| x.id == *i).map_or(i.clone(), |x| x.name.clone()))
        .gather();

    // Pay: per country, every source's figures on one scale; the whole-career figures that
    // name this role come after its level's figures.
    let pay: Vec<&Salary> = ds.role_pay(&role).gather();
    // What is missing is said once, at the top (`lacking_line`): no empty sections.
    let has_pay = !pay.is_empty();
    let has_certs = ds.certifications_for_role(&role.id).next().is_some();
    let pay_view = if pay.is_empty() {
        view! { <p class="ce-muted">"The sources give no pay figure for this role."</p> }.into_any()
    } else {
        by_country(&pay)
            .into_iter()
            .map(|(c, recs)| {
                let recs: Vec<Salary> = recs.into_iter().cloned().gather();
                let top = scale_top(recs.iter());
                // What the articles say of the country's pay as a whole, then of these figures.
                let remarks: Vec<String> = ds
                    .country_notes(c)
                    .map(|n| format!("{} (“{}”)", n.text, src(&n.source)))
                    .chain(recs.iter().flat_map(|s| s.remarks.iter().map(move |r| format!("{r} (“{}”)", src(&s.source)))))
                    .gather();
                let caption = format!("Pay in {}", country_name(c));
                view! {
                    <h4>{country_name(c).to_string()}</h4>
                    <PayBars records=recs top caption/>
                    {(!remarks.is_empty())
                        .then(|| view! { <ul class="ce-remarks">{remarks.into_iter().map(|r| view! { <li>{r}</li> }).collect_any()}</ul> })}
                }
            })
            .collect_any()
            .into_any()
    };

    let certs = ds
        .certifications_for_role(&role.id)
        .map(|c| {
            let name = c.name.clone();
            let provider = c.provider.clone();
            let rid = role.id.clone();
            view! {
                <li>
                    <button
                        type="button"
                        class="ce-link"
                        on:click=handler(move |_| {
                            store
                                .0
                                .update(|s| {
                                    s.cert_role = Some(rid.clone());
                                    s.cert_provider = None;
                                    s.view = View::Certifications;
                                })
                        })
                    >
                        {name}
                    </button>
                    " — " {provider}
                </li>
            }
        })
        .collect_any();

    let step_link = move |rid: String, label: String| {
        view! {
            <button type="button" class="ce-link" on:click=handler(move |_| store.open(View::Role(rid.clone())))>
                {label}
            </button>
        }
    };
    let into: Vec<_> =
        steps_into(ds, &role.id).map(|s| (s.from.clone(), title_ref(&s.from), s.kind.label(), src(&s.source))).gather();
    let out_of: Vec<_> =
        steps_out_of(ds, &role.id).map(|s| (s.to.clone(), title_ref(&s.to), s.kind.label(), src(&s.source))).gather();
    let step_items = |list: Vec<(String, String, &'static str, String)>| {
        list.into_iter()
            .map(|(rid, t, kind, source)| {
                view! {
                    <li>
                        {step_link(rid, t)}
                        " — " {kind} " " <span class="ce-cite">"(“" {source} "”)"</span>
                    </li>
                }
            })
            .collect_any()
    };
    let has_steps = !into.is_empty() || !out_of.is_empty();
    let related = related_roles(ds, &role, 6)
        .into_iter()
        .map(|i| {
            let r = &ds.roles[i];
            view! { <li>{step_link(r.id.clone(), r.title.clone())}</li> }
        })
        .collect_any();
    let sources = role.sources.iter().map(|s| view! { <li>{src(s)}</li> }).collect_any();
    let id_cmp = role.id.clone();
    let id_pressed = role.id.clone();

    view! {
        <article class="ce-view ce-profile" aria-labelledby="ce-profile-h">
            <div class="ce-profile-bar">
                <button type="button" class="ce-btn ce-secondary" on:click=handler(move |_| store.open(View::Explore))>
                    "← Back to results"
                </button>
                <button
                    type="button"
                    class="ce-btn"
                    aria-pressed=move || store.0.with(|s| s.compare.contains(&id_pressed).to_string())
                    on:click=handler(move |_| add_to_compare(store, notices, &id_cmp, true))
                >
                    "Add to comparison"
                </button>
            </div>
            <h2 id="ce-profile-h" tabindex="-1" node_ref=heading>
                {role.title.clone()}
            </h2>
            {(!role.aliases.is_empty()).then(|| view! { <p class="ce-muted">"Also called: " {role.aliases.join(", ")}</p> })}
            <p class="ce-summary">{role.summary.clone()}</p>
            {lacking_line(&role.title, &lacking(ds, &role)).map(|line| view! { <p class="ce-muted ce-lacking">{line}</p> })}
            <dl class="ce-facts ce-facts-wide">
                {facts.into_iter().map(|(k, v)| view! { <div><dt>{k}</dt><dd>{v}</dd></div> }).collect_any()}
            </dl>
            {topic(Topic::Definition)}
            {topic(Topic::Workplace)}
            {(!role.education.is_empty())
                .then(|| view! { <section><h3>"Education"</h3><ul>{sourced_list(&role.education)}</ul></section> })}
            {topic(Topic::Background)}
            {(!role.responsibilities.is_empty())
                .then(|| {
                    view! { <section><h3>"Responsibilities"</h3><ul>{sourced_list(&role.responsibilities)}</ul></section> }
                })}
            {topic(Topic::Interview)}
            {(!(role.skills.is_empty() && role.tools.is_empty()))
                .then(|| {
                    view! {
                        <section>
                            <h3>"Skills and tools"</h3>
                            <dl class="ce-facts ce-facts-wide">{skills}</dl>
                            {weighed}
                        </section>
                    }
                })}
            {(!industries.is_empty()).then(|| view! { <section><h3>"Industries"</h3><p>{industries.join(", ")}</p></section> })}
            {has_pay.then(|| view! { <section><h3>"Pay"</h3>{pay_view}</section> })}
            {topic(Topic::Pay)}
            {has_certs.then(|| view! { <section><h3>"Certifications that help"</h3><ul>{certs}</ul></section> })}
            {topic(Topic::Certifications)}
            {topic(Topic::Benefits)}
            {topic(Topic::Outlook)}
            {has_steps
                .then(|| {
                    view! {
                        <section>
                            <h3>"Career steps"</h3>
                            {(!into.is_empty()).then(|| view! { <h4>"Into this role"</h4><ul>{step_items(into)}</ul> })}
                            {(!out_of.is_empty()).then(|| view! { <h4>"From this role"</h4><ul>{step_items(out_of)}</ul> })}
                        </section>
                    }
                })}
            <section>
                <h3>"Related roles"</h3>
                <ul>{related}</ul>
            </section>
            <section>
                <h3>"Sources"</h3>
                <ul>{sources}</ul>
            </section>
        </article>
    }
    .into_any()
}
