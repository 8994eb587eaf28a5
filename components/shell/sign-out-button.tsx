import { signOutAction } from "@/app/(app)/actions";
import { Button } from "@/components/ui/button";

/** A form that posts to a server action, so signing out works before the page's JavaScript has loaded. */
export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <Button type="submit" variant="secondary" size="sm">
        Sign out
      </Button>
    </form>
  );
}
