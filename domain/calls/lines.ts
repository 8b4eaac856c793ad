/** What the call itself says, outside any brain: callbacks, transfers, a supervisor's actions. */
export const lines = {
  returningYourCall: () => 'Hello, this is URackIT support returning your call.',
  connectingTo: (name: string) => `I'm connecting you to ${name}, one of our technicians, now. They know what you've told me.`,
  transferNotAnswered: (when: string | null) =>
    `I'm sorry, no technician could take your call just now. I've booked a call back ${when ?? 'for as soon as one is free'}, so you won't need to explain it again. Goodbye.`,
  transferFailedNoCallback: () =>
    "I'm sorry, no technician could take your call just now. Please call us back, and mention your ticket number. Goodbye.",
  /** The realtime model failed mid-call: one sentence, then the call goes on in gather mode. */
  realtimeLost: () => "Sorry, I lost you for a moment. I still have everything you've told me: please go on.",
  /** The realtime agent escalated: the call is put through to the desk. */
  connectingToDesk: () => "I'm connecting you to one of our technicians now. They know what you've told me.",
  endedBySupervisor: () => "I'm sorry, I need to end our call here. A technician will follow up with you. Goodbye.",
};
