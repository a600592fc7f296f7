//! The web entry point: mounts the Stance Atlas app over the page's loading state.

fn main() {
    stance_atlas::mount();
}
