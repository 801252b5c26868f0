//! Parts of views as one type. Leptos compiles its code to build, redraw, attach and erase
//! a part once per type of part, and every closure is a type of its own: the helpers here
//! give the widget's lists, event handlers and changing parts one type each, so they share
//! one copy of that code.

use career_model::gather::Gather;
use leptos::prelude::*;

/// Collects views into a `Vec<AnyView>`. Leptos compiles the code that builds and redraws a
/// list once per type of item: with every list's items erased to `AnyView`, the widget has
/// one copy of it instead of one per kind of list (5.5 KB less wasm, brotli).
pub trait CollectAny: Iterator + Sized
where
    Self::Item: IntoAny,
{
    fn collect_any(self) -> Vec<AnyView> {
        self.map(IntoAny::into_any).gather()
    }
}

impl<I: Iterator> CollectAny for I where I::Item: IntoAny {}

/// Boxes an event handler: the handlers of one kind of event share one copy of the code
/// that attaches, clones and erases them (3.4 KB less wasm, brotli).
pub fn handler<E: 'static>(f: impl FnMut(E) + 'static) -> Box<dyn FnMut(E)> {
    Box::new(f)
}

/// A part of a view that changes, as `AnyView` in a box: every such part shares one copy of
/// the code that redraws it (1.4 KB less wasm, brotli).
pub fn dynamic<V: IntoAny>(f: impl Fn() -> V + Send + 'static) -> Box<dyn FnMut() -> AnyView + Send> {
    Box::new(move || f().into_any())
}
