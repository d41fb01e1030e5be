// Enums with a direct tag: the tag integer is as small as the discriminants allow, then grows to
// the alignment of the variants' first fields; repr(u8)/repr(C) fix it.
pub enum Shape {
    Empty,
    Circle(u32),
    Rect(u64, u8),
}

#[repr(u8)]
pub enum Op {
    Nop,
    Push(u32),
    Jump(u16, u8),
}

#[repr(C)]
pub enum CEnum {
    A(u8, u32),
    B(u16),
}

pub enum Ordering3 {
    Less = -1,
    Equal = 0,
    Greater = 1,
}

pub enum Message {
    Quit,
    Move { x: i32, y: i32 },
    Write([u8; 48]),
    Color(u8, u8, u8),
}

pub fn probe(_: Shape, _: Op, _: CEnum, _: Ordering3, _: Message) {}
