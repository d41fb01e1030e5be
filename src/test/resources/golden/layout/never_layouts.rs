// Types with no inhabited variant get rustc's never layout (size 0, no variant lines); a variant next
// to an uninhabited field keeps its place when it has other fields.
use std::convert::Infallible;
pub enum AllNever { A(Infallible), B(Infallible, u32) }
pub enum TwoNever { A(Infallible), B(Infallible) }
pub enum BothNever { A(u32, Infallible), B(u64, Infallible) }
pub struct HasNever { a: u32, n: Infallible }
pub fn probe(_: AllNever, _: TwoNever, _: HasNever, _: BothNever, _: Result<Infallible, Infallible>, _: Option<Infallible>) {}
