import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { Button } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { PanelConfig, UrackitDataProvider } from '../data-provider';

/** Read once per session: it changes only when the API is reconfigured. */
function usePanelConfig(): PanelConfig | undefined {
  const dataProvider = useDataProvider<UrackitDataProvider>();
  const { data } = useQuery({ queryKey: ['panel-config'], queryFn: () => dataProvider.getPanelConfig(), staleTime: Infinity });
  return data;
}

export function temporalWorkflowUrl(config: PanelConfig, workflowId: string): string {
  const { baseUrl, namespace } = config.temporalUi;
  return `${baseUrl}/namespaces/${encodeURIComponent(namespace)}/workflows/${encodeURIComponent(workflowId)}`;
}

/** Opens a call's or a ticket's workflow (its history, timers, state) in the Temporal Web UI. */
export function TemporalLink({ workflowId }: { workflowId: string | null | undefined }) {
  const config = usePanelConfig();
  if (!config || !workflowId) return null;
  return (
    <Button
      size="small"
      href={temporalWorkflowUrl(config, workflowId)}
      target="_blank"
      rel="noopener noreferrer"
      startIcon={<OpenInNewIcon />}
      title={`Workflow ${workflowId} in the Temporal Web UI`}
    >
      Temporal
    </Button>
  );
}
