macro_rules! here { () => { (line!(), column!()) } }
macro_rules! outer { () => { here!() } }
macro_rules! pass { ($e:expr) => { $e } }
mod a { pub mod b { pub fn p() -> &'static str { module_path!() } } }
fn main() {
    println!("{:?}", here!());
      println!("{:?}", outer!());
    println!("{:?}", pass!(line!()));
    println!("{} {} {}", line!(), column!(), file!());
    println!("{}", a::b::p());
    println!("{}", concat!("x", 1, -2, 3.5, true, 'c', "y"));
    println!("{}", cfg!(unix));
    println!("{}", cfg!(all(unix, not(windows), target_pointer_width = "64")));
}
