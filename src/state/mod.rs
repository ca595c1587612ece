//! The app's state as the pages read it, and the commands they return:
//! where the person is ([`nav`]), the running session ([`run`]), every
//! derived cache ([`caches`]), banners ([`notices`]) and the [`command`]s.
//! Pages get `&` references to these; only the app changes them.

pub mod caches;
pub mod command;
pub mod nav;
pub mod notices;
pub mod run;
