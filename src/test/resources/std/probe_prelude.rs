// Imports shared by every probe that record.sh compiles; types.txt names types in this scope.
#![feature(ptr_alignment_type)]
#![allow(unused_imports, dead_code, internal_features)]
use std::alloc::Layout;
use std::borrow::Cow;
use std::any::{Any, TypeId};
use std::cell::{Cell, LazyCell, OnceCell, Ref, RefCell, RefMut, UnsafeCell};
use std::char::CharTryFromError;
use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashMap, HashSet, LinkedList, VecDeque};
use std::convert::Infallible;
use std::error::Error;
use std::ffi::{CStr, CString, OsStr, OsString};
use std::fmt::Error as FmtError;
use std::fs::File;
use std::io::{Error as IoError, ErrorKind};
use std::hash::{BuildHasherDefault, DefaultHasher, RandomState};
use std::iter::{Chain, Cloned, Copied, Cycle, Fuse, Empty, Enumerate, Once as IterOnce, Repeat, Rev, Skip, StepBy, Take, Zip};
use std::array::IntoIter as ArrayIntoIter;
use std::option::IntoIter as OptionIntoIter;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, SocketAddrV4, SocketAddrV6, TcpListener, TcpStream, UdpSocket};
use std::io::{BufReader, BufWriter, Cursor, Stderr, Stdin, Stdout};
use std::fmt::Arguments;
use std::env::Args;
use std::marker::PhantomData;
use std::mem::{ManuallyDrop, MaybeUninit};
use std::num::*;
use std::ops::{Bound, ControlFlow, Range, RangeFrom, RangeFull, RangeInclusive, RangeTo, RangeToInclusive};
use std::os::fd::{BorrowedFd, OwnedFd};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::slice::{Chunks, ChunksExact, Iter as SliceIter, IterMut as SliceIterMut, Windows};
use std::str::{Bytes, CharIndices, Chars, ParseBoolError, Utf8Error};
use std::string::FromUtf8Error;
use std::alloc::LayoutError;
use std::collections::TryReserveError;
use std::marker::PhantomPinned;
use std::cmp::Reverse;
use std::pin::Pin;
use std::ptr::{Alignment, NonNull};
use std::rc::{Rc, Weak as RcWeak};
use std::sync::atomic::{AtomicBool, AtomicI16, AtomicI32, AtomicI64, AtomicI8, AtomicIsize, AtomicPtr, AtomicU16, AtomicU32, AtomicU64, AtomicU8, AtomicUsize, Ordering as AtomicOrdering};
use std::sync::mpsc::{Receiver, RecvError, SendError, Sender, SyncSender, TryRecvError};
use std::sync::{PoisonError, Arc, Barrier, Condvar, LazyLock, Mutex, MutexGuard, Once, OnceLock, RwLock, RwLockReadGuard, RwLockWriteGuard, Weak as ArcWeak};
use std::thread::{JoinHandle, Scope, ScopedJoinHandle, Thread, ThreadId};
use std::time::{Duration, Instant, SystemTime, SystemTimeError};
use std::vec::IntoIter as VecIntoIter;
use std::num::FpCategory;
pub trait Tr {}
