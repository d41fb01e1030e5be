// Generic definitions have no layout; their instantiations do. Aliases print as their target.
pub struct Pair<T, U> {
    first: T,
    second: U,
}

pub enum Either<L, R> {
    Left(L),
    Right(R),
}

pub type Narrow = Pair<u8, u64>;

pub struct Holder {
    p: Pair<u16, u8>,
    e: Either<u32, bool>,
}

pub fn probe(_: Narrow, _: Pair<u64, u8>, _: Holder, _: Either<u8, char>) {}
