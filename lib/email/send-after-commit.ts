import "server-only";
import { sendEmail, type EmailMessage } from "./send-email";

/** Filled in once the change has committed and the message has been handed over (or not). */
export type EmailDelivery = { sent: boolean };

/**
 * Queues a message to go once the action's transaction has committed: never for a change that
 * rolled back. The returned object is part of the action's result, so the page can say in words
 * when the change was saved but the email could not be sent.
 */
export function sendAfterCommit(afterCommit: (work: () => Promise<unknown>) => void, message: EmailMessage): EmailDelivery {
  const delivery: EmailDelivery = { sent: false };
  afterCommit(async () => {
    delivery.sent = (await sendEmail(message)).ok;
  });
  return delivery;
}
