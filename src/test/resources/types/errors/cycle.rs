type A = B;
type B = A;
struct S(A);
fn main() {}
