// Imports shared by every probe that record.sh compiles; types.txt names types in this scope.
#![feature(ptr_alignment_type)]
#![allow(unused_imports, dead_code, internal_features)]
use std::alloc::Layout;
use std::borrow::Cow;
use std::cell::{Cell, OnceCell, RefCell, UnsafeCell};
use std::char::CharTryFromError;
use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashMap, HashSet, LinkedList, VecDeque};
use std::convert::Infallible;
use std::ffi::{CString, OsString};
use std::fmt::Error as FmtError;
use std::fs::File;
use std::io::{Error as IoError, ErrorKind};
use std::iter::Rev;
use std::marker::PhantomData;
use std::mem::{ManuallyDrop, MaybeUninit};
use std::num::*;
use std::ops::{Range, RangeFrom, RangeInclusive, RangeTo};
use std::os::fd::OwnedFd;
use std::path::PathBuf;
use std::pin::Pin;
use std::ptr::{Alignment, NonNull};
use std::rc::{Rc, Weak as RcWeak};
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicPtr, AtomicU32, AtomicU8, AtomicUsize};
use std::sync::mpsc::{Receiver, Sender, SyncSender};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock, RwLock, Weak as ArcWeak};
use std::thread::JoinHandle;
use std::time::{Duration, Instant, SystemTime};
pub trait Tr {}
