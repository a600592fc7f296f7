//! Stance extraction. (Being written.)
