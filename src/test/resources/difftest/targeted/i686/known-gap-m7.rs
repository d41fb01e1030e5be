// Known gap M7 (open), on a 32-bit target: see ../x86_64/known-gap-m7.rs.
pub enum Opt<T> { None, Some(T) }
#[repr(i128)]
pub enum M7 { V0 = 255, V1 = 170141183460469231731687303715884105727, V2 = -170141183460469231731687303715884105728, V3 = 65536, }
// required: Opt<M7>
pub type M7a = Opt<M7>;
