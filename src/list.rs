//! Lists of parts as one type.

use leptos::prelude::*;

/// Collects views into a `Vec<AnyView>`. Leptos compiles the code that builds and redraws a
/// list once per type of item: with every list's items erased to `AnyView`, the widget has
/// one copy of it instead of one per kind of list (5.5 KB less wasm, brotli).
pub trait CollectAny: Iterator + Sized
where
    Self::Item: IntoAny,
{
    fn collect_any(self) -> Vec<AnyView> {
        self.map(IntoAny::into_any).collect()
    }
}

impl<I: Iterator> CollectAny for I where I::Item: IntoAny {}
