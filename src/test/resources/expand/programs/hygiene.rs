macro_rules! add_a { ($e:expr) => {{ let a = 1; $e + a }}; }
macro_rules! setup { () => { let count = 100; let _ = count; }; }
macro_rules! swap { ($x:ident, $y:ident) => { let tmp = $x; $x = $y; $y = tmp; }; }
macro_rules! twice { ($e:expr) => {{ let v = $e; v * 2 }}; }
fn main() {
    let a = 10;
    println!("{}", add_a!(a));
    let count = 5;
    setup!();
    println!("{}", count);
    let (mut tmp, mut y) = (1, 2);
    swap!(tmp, y);
    println!("{} {}", tmp, y);
    let v = 3;
    println!("{}", twice!(v + 1));
}
