struct Dyn(Box<dyn Nope>);
struct R(<u8 as Copy>::X);
impl<T> Nope2 for T {}
struct M(Box<dyn m::Nope3>);
mod m {}
fn main() {}
