import PaidIcon from '@mui/icons-material/Paid';
import RecordVoiceOverIcon from '@mui/icons-material/RecordVoiceOver';
import { Menu } from 'react-admin';

/** The resources' entries, plus the pages that are not resources: the live calls view and the costs report. */
export function AppMenu() {
  return (
    <Menu>
      <Menu.DashboardItem />
      <Menu.Item to="/calls/live" primaryText="Live calls" leftIcon={<RecordVoiceOverIcon />} />
      <Menu.ResourceItems />
      <Menu.Item to="/costs" primaryText="Costs" leftIcon={<PaidIcon />} />
    </Menu>
  );
}
